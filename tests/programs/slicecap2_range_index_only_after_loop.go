package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a range over the slice's indexes only.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	for i := range s {
		sink += i
	}
	fmt.Println(len(s))
}

package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by two range loops over the slice values.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	for _, v := range s {
		sink += v
	}
	for _, v := range s {
		sink += v
	}
	fmt.Println(len(s))
}

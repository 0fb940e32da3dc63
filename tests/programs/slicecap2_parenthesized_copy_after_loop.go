package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a parenthesized copy of the slice.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	u := (s)
	sink = len(u)
	fmt.Println(len(s))
}

package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by taking the len of a subslice.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	sink = len(s[1:])
	_ = s
	fmt.Println(len(s))
}

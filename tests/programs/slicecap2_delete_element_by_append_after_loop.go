package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by deleting an element with append of subslices.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	s = append(s[:1], s[2:]...)
	_ = s
	fmt.Println(len(s))
}

package main

import "fmt"

var sink int

// Checks cap growth in an append loop after the slice is assigned nil in a tuple assignment.
func main() {
	var s []int
	var n int
	s, n = nil, 0
	sink = n
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	_ = s
	fmt.Println(len(s))
}

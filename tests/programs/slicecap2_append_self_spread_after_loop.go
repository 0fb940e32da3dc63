package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by appending the slice to itself.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	s = append(s, s...)
	_ = s
	fmt.Println(len(s))
}

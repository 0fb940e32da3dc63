package main

import "fmt"

//go:noinline
func sink(x []int) { fmt.Println(x) }

// Checks cap after three appends when a copy of the slice is passed to a noinline function that prints it.
func main() {
	var s []int
	s = append(s, 1)
	s = append(s, 2)
	s = append(s, 3)
	fmt.Println(len(s), cap(s))
	t := s
	sink(t)
}

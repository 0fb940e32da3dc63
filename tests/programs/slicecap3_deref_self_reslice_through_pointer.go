package main

import "fmt"

// Checks capacity after *p = (*p)[1:] through a pointer to a slice.
func main() {
	var s []int
	s = append(s, 1, 2)
	t := s
	p := &t
	*p = (*p)[1:]
	fmt.Println(len(s), cap(s), len(t))
}

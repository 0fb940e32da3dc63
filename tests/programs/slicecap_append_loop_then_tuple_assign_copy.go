package main

import "fmt"

// Checks cap after three appends in a loop when the slice is then copied in a two-value assignment.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s))
	a, n := s, 1
	fmt.Println(len(a), n)
}

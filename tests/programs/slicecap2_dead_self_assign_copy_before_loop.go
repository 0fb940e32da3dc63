package main

import "fmt"

// Checks cap growth in an append loop preceded by an unread copy that is self-assigned.
func main() {
	var s []int
	t := s
	t = t
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
}

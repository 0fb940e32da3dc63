package main

import "fmt"

// Checks cap of a live copy of an appended slice after an unread copy is self-assigned.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	var t []int
	t = s
	t = t
	u := s
	fmt.Println(len(u), cap(u))
}

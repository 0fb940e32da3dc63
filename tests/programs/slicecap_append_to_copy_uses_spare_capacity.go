package main

import "fmt"

// Checks that appending to a copy of a loop-grown slice writes into the original's spare capacity.
func main() {
	var s []int
	for i := 0; i < 6; i++ {
		s = append(s, i)
		fmt.Println("s", len(s), cap(s))
	}
	t := s
	fmt.Println("t", len(t), cap(t))
	t = append(t, 100)
	fmt.Println(len(t), cap(t), len(s), cap(s), s[:cap(s)][len(s)])
}

package main

import "fmt"

// Checks that appending to a full loop-grown slice and to its copy gives independent last elements.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	t := s
	t = append(t, 99)
	s = append(s, 77)
	fmt.Println(t[len(t)-1], s[len(s)-1], len(t), len(s))
}

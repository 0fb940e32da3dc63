package main

import "fmt"

type L []int

//go:noinline
func (l L) six() (a, b, c, d, e int, f L) { return 0, 0, 0, 0, 0, l }

// Checks capacity of a slice receiver returned as a method's sixth result.
func main() {
	var s L
	s = append(s, 1)
	_, _, _, _, _, t := s.six()
	fmt.Println(len(s), cap(s), len(t))
}

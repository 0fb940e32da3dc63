package main

import "fmt"

// Checks appends to two- and three-index subslices of a two-element appended slice and whether they overwrite it.
func main() {
	var s []int
	s = append(s, 1, 2)
	a := s[0:1:1]
	a = append(a, 10)
	fmt.Println(len(a), cap(a), s[1], a[1])
	b := s[0:1:2]
	b = append(b, 20)
	fmt.Println(len(b), cap(b), s[1], b[1])
	c := s[1:2]
	c = append(c, 30)
	fmt.Println(len(c), cap(c), len(s), cap(s), s[:3][2])
	d := s[2:]
	fmt.Println(len(d), cap(d))
}

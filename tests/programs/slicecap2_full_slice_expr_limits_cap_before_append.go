package main

import "fmt"

// Checks full slice expressions limiting cap so that a later append reallocates instead of overwriting.
func main() {
	var s []int
	s = append(s, 1, 2, 3)
	t := s[0:1:1]
	t = append(t, 9)
	fmt.Println(s, t, cap(t))
	u := s[:2:2]
	u = append(u, 7)
	fmt.Println(s, u, cap(u))
	var v []int
	v = append(v, 5)
	w := v[:1:1]
	fmt.Println(cap(v), cap(w))
	v = append(v[:0:0], 3)
	fmt.Println(cap(v), v)
}

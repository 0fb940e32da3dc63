package main

import "fmt"

type B struct{ buf []int }

// Checks capacity after pv.buf = pv.buf[1:] through a struct pointer.
func main() {
	var s []int
	s = append(s, 1, 2)
	var v B
	v.buf = s
	pv := &v
	pv.buf = pv.buf[1:]
	fmt.Println(len(s), cap(s), len(v.buf))
}

package main

import "fmt"

type T struct{ a, b []int }

// Checks capacity after p.a = p.b through a struct pointer.
func main() {
	var s []int
	s = append(s, 1)
	var v T
	v.b = s
	p := &v
	p.a = p.b
	fmt.Println(len(s), cap(s), len(v.a))
}

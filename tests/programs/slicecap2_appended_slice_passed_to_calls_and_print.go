package main

import "fmt"

var g []int

//go:noinline
func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

//go:noinline
func keep(s []int) { g = s }

//go:noinline
func id(s []int) []int { return s }

// Checks cap of appended slices that are printed, passed to noinline functions, stored globally or returned.
func main() {
	var a []int
	a = append(a, 1)
	println(len(a))
	fmt.Println(len(a), cap(a))
	var b []int
	b = append(b, 1)
	fmt.Println(b, cap(b))
	var c []int
	c = append(c, 1)
	fmt.Println(sum(c), cap(c))
	var d []int
	d = append(d, 1)
	keep(d)
	fmt.Println(cap(d))
	var e []int
	e = append(e, 1)
	f := id(e)
	fmt.Println(cap(e), len(f))
	var h []int
	h = append(h, 1)
	hh := id(h)
	fmt.Println(cap(h), hh)
}

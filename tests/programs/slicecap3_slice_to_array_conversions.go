package main

import "fmt"

// Checks capacity of slices converted to array pointers and arrays.
func main() {
	var s []int
	s = append(s, 1, 2)
	p := (*[2]int)(s)
	fmt.Println(p[0], len(s), cap(s))
	var t []int
	t = append(t, 1, 2)
	q := (*[2]int)(t)
	fmt.Println(q, len(t), cap(t))
	var u []int
	u = append(u, 1, 2)
	a := [2]int(u)
	fmt.Println(a, len(u), cap(u))
}

package main

import (
	"fmt"
	"os"
)

const dbg = false

// Checks tagless switches on a false constant with default clauses and a switch with an init statement.
func main() {
	n := len(os.Args)
	var s []int
	switch {
	case dbg:
		s = append(s, 1)
	default:
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	var t []int
	switch {
	case dbg:
		t = append(t, 1)
	case n > 100:
	}
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
	var u []int
	switch {
	case dbg:
		u = append(u, 1)
	default:
	case n > 100:
	}
	u = append(u, 2)
	fmt.Println(len(u), cap(u))
	var v []int
	switch n := 1; n {
	case 2:
		v = append(v, 1)
	}
	v = append(v, 2)
	fmt.Println(len(v), cap(v))
}

package main

import "fmt"

const debug = false

// Checks cap when the first append site is inside a constant-false if, else branch, switch case or for condition.
func main() {
	var s []int
	if debug {
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	var t []int
	if false {
		t = append(t, 1)
	} else {
		t = append(t, 2, 3)
	}
	fmt.Println(len(t), cap(t))
	var u []int
	switch {
	case debug:
		u = append(u, 1)
	default:
		u = append(u, 5)
	}
	fmt.Println(len(u), cap(u))
	var v []byte
	for debug {
		v = append(v, 1)
	}
	v = append(v, 2)
	fmt.Println(len(v), cap(v))
}

package main

import "fmt"

// Several append sites to the same variable.
//
//go:noinline
func sites(first bool) {
	var s []int
	if first {
		s = append(s, 1) // site 1 (first in source)
	}
	s = append(s, 2) // site 2
	fmt.Println("sites", first, len(s), cap(s))
	s = nil
	s = append(s, 3) // site 3, after reset
	fmt.Println("after nil", first, len(s), cap(s))
}

//go:noinline
func branches(k int) {
	var s []int
	switch k {
	case 0:
		s = append(s, 10)
	case 1:
		s = append(s, 11)
	default:
		s = append(s, 12)
	}
	fmt.Println("switch", k, len(s), cap(s), s[0])
	if k > 5 {
		s = append(s, 1)
	} else {
		s = append(s, 2)
	}
	fmt.Println("if", k, len(s), cap(s))
}

//go:noinline
func twoSitesRange() {
	var x []int
	x = append(x, 1)
	x = append(x, 2)
	fmt.Println("two-sites+range", len(x), cap(x))
	for range x {
	}
}

func main() {
	twoSitesRange()
	sites(true)
	sites(false)
	sites(true)
	for k := 0; k < 3; k++ {
		branches(k)
	}
}

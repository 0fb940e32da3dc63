package main

import (
	"fmt"
)

type T struct {
	a  int16
	pa *[2]int8
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int16(i), pa: new([2]int8)})
		q := &s[i].pa[1]
		*q = int8(i)
	}
	return s
}

func main() {
	for n := 0; n < 9; n++ {
		s := build(n)
		fmt.Print(n, len(s), cap(s))
		for _, t := range s {
			fmt.Print(" ", t.a, *t.pa)
		}
		fmt.Println()
	}
}

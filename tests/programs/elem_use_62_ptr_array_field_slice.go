package main

import (
	"fmt"
)

type T struct {
	pa *[4]int8
	k  int32
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{pa: new([4]int8), k: int32(i)})
		b := s[i].pa[:]
		b[1] = int8(i)
	}
	return s
}

func main() {
	for n := 0; n < 5; n++ {
		s := build(n)
		fmt.Print(n, len(s), cap(s))
		for _, t := range s {
			fmt.Print(" ", t.k, *t.pa)
		}
		fmt.Println()
	}
}

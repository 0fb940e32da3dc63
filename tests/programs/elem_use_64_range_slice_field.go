package main

import (
	"fmt"
)

type T struct {
	xs []int
	n  int
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{xs: []int{i, i + 1}})
		for _, x := range s[i].xs {
			s[i].n += x
		}
	}
	return s
}

func main() {
	for n := 0; n < 4; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

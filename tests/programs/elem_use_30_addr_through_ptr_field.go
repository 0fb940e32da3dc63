package main

import (
	"fmt"
)

type C struct{ v int32 }
type T struct {
	p *C
	k int32
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{p: &C{}, k: int32(i)})
		q := &s[i].p.v
		*q = int32(i * 11)
	}
	return s
}

func main() {
	for n := 0; n < 5; n++ {
		s := build(n)
		fmt.Print(n, len(s), cap(s))
		for _, t := range s {
			fmt.Print(" ", t.k, t.p.v)
		}
		fmt.Println()
	}
}

package main

import (
	"fmt"
)

type C struct{ v int32 }

func (c *C) Inc() { c.v++ }

type T struct {
	p *C
	k int32
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{p: &C{v: int32(i)}, k: int32(i)})
		s[i].p.Inc()
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

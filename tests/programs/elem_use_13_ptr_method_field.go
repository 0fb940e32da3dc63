package main

import (
	"fmt"
)

type C struct{ n int32 }

func (c *C) Reset() { c.n = 0 }

type T struct {
	a int32
	c C
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i), c: C{n: 9}})
		if i%2 == 0 {
			s[i].c.Reset()
		}
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

package main

import (
	"fmt"
)

type D struct{ n int16 }

func (d *D) Reset() { d.n = 0 }

type C struct{ d D }
type T struct {
	k int16
	c C
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{k: int16(i), c: C{d: D{n: 5}}})
		if i == 1 {
			s[i].c.d.Reset()
		}
	}
	return s
}

func main() {
	for n := 0; n < 10; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

package main

import (
	"fmt"
)

type T struct{ a, b int16 }

func (t T) Val() int16 { return t.a + 1 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int16(i)})
		s[i].b = (&s[i]).Val()
	}
	return s
}

func main() {
	for n := 0; n < 9; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

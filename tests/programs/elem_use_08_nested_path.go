package main

import (
	"fmt"
)

type C struct{ c int16 }
type B struct{ b [3]C }
type T struct {
	x int16
	a B
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{x: int16(i)})
		s[i].a.b[2].c = int16(i + 7)
		s[i].a.b[0].c--
	}
	return s
}

func main() {
	for n := 0; n < 6; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

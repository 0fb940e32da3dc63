package main

import (
	"fmt"
)

type T struct{ a, b, c int64 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int64(i)})
		s[i].c += s[i].a * 3
		s[i].b |= 1
	}
	return s
}

func main() {
	for n := 0; n < 4; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

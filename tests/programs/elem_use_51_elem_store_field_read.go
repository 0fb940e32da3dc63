package main

import (
	"fmt"
)

type T struct{ a, b int32 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{})
		s[i] = T{a: int32(i), b: int32(i) * 2}
		if s[i].a != s[i].b/2 {
			panic("bad")
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

package main

import (
	"fmt"
)

type T struct{ a, b int16 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int16(i), b: int16(-i)})
		s[i].a, s[i].b = s[i].b, s[i].a
		if i > 0 {
			s[i].a, s[i-1].b = s[i-1].b, s[i].a
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

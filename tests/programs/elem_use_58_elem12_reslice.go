package main

import (
	"fmt"
)

type T struct{ a, b, c int32 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n+1; i++ {
		s = append(s, T{a: int32(i)})
		s[len(s)-1].c = int32(i * 2)
	}
	s = s[1:]
	for i := 0; i < len(s); i++ {
		s[i].b = s[i].a + s[i].c
	}
	return s
}

func main() {
	for n := 0; n < 5; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

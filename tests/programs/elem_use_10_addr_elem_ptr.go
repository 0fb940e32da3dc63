package main

import (
	"fmt"
)

type T struct{ a, b int32 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
		p := &s[i]
		p.b = p.a + 1
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

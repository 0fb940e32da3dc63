package main

import (
	"fmt"
)

type T struct{ a, b int32 }

//go:noinline
func build(n int) []T {
	var s []T
	grows := 0
	for i := 0; i < n; i++ {
		if len(s) == cap(s) {
			grows++
		}
		s = append(s, T{a: int32(i)})
		s[i].b += int32(grows)
		s[i].a *= 3
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

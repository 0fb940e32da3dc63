package main

import (
	"fmt"
)

type T struct{ a, b, c int32 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
		(&s[i]).c = int32(cap(s))
	}
	return s
}

func main() {
	for n := 0; n < 6; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

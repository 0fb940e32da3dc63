package main

import (
	"fmt"
)

type T struct{ a, b, c, d int64 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int64(i)})
		s[i].d = int64(cap(s))
	}
	return s
}

func main() {
	for n := 0; n < 4; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

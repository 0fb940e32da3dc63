package main

import (
	"fmt"
)

type T struct {
	v  int32
	ok bool
}

//go:noinline
func build(m map[int]int32, n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{})
		s[i].v, s[i].ok = m[i]
	}
	return s
}

func main() {
	m := map[int]int32{1: 10, 3: 30}
	for n := 0; n < 7; n++ {
		s := build(m, n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

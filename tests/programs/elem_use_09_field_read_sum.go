package main

import (
	"fmt"
)

type T struct{ v, w int32 }

//go:noinline
func build(n int) []T {
	var s []T
	sum := int32(0)
	for i := 0; i < n; i++ {
		s = append(s, T{v: int32(i), w: sum})
		x := s[i].v
		sum += x + s[i].w
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

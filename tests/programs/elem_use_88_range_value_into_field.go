package main

import (
	"fmt"
)

type T struct{ k, v int32 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{k: int32(i)})
		for _, s[i].v = range [3]int32{4, 5, int32(i)} {
		}
	}
	return s
}

func main() {
	for n := 0; n < 6; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

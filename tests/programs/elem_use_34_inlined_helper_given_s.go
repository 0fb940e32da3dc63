package main

import (
	"fmt"
)

type T struct{ a, b int32 }

func setB(s []T, i int, v int32) { s[i].b = v }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
	}
	if len(s) > 0 {
		setB(s, 0, 77)
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

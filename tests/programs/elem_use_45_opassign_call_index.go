package main

import (
	"fmt"
)

type T struct{ a, b int32 }

var calls int

func pick(i int) int {
	calls++
	return i / 2
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
		s[pick(i)].b += 10
		s[pick(i+1)%len(s)].a++
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s, calls)
	}
}

package main

import (
	"fmt"
)

type T struct{ a, b int16 }

//go:noinline
func total(s []T) int {
	t := 0
	for i := range s {
		t += int(s[i].a) + int(s[i].b)
	}
	return t
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int16(i)})
		s[i].b = int16(total(s))
	}
	return s
}

func main() {
	for n := 0; n < 10; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

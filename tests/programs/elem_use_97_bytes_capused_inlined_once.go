package main

import (
	"fmt"
)

type T struct{ a, b uint8 }

func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: uint8(i)})
		s[i].b += uint8(cap(s))
	}
	return s
}

func main() {
	s := build(9)
	fmt.Println(len(s), cap(s), s)
	t := append(s, T{a: 100})
	t[0].a = 77
	fmt.Println(s[0], len(t))
}

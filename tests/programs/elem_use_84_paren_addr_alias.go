package main

import (
	"fmt"
)

type T struct{ a, b int32 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
		(&s[i]).b = 1
	}
	return s
}

func main() {
	s := build(3)
	t := append(s[:3], T{a: 9, b: 9})
	t[0].a = 42
	fmt.Println(s, t)
}

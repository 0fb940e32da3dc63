package main

import (
	"fmt"
)

type T struct {
	name string
	n    int
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{name: "x"})
		s[i].name += string(rune('a' + i))
		s[i].n += len(s[i].name)
	}
	return s
}

func main() {
	for n := 0; n < 4; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

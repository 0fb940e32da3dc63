package main

import (
	"fmt"
)

type C struct{ v int8 }
type T struct {
	a int16
	c C
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int16(i)})
		(&s[i].c).v = int8(i + 5)
	}
	return s
}

func main() {
	for n := 0; n < 9; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

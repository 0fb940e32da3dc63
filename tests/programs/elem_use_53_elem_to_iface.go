package main

import (
	"fmt"
)

type T struct{ a, b int32 }

func (t T) String() string { return fmt.Sprint(t.a, "/", t.b) }

//go:noinline
func build(n int) []T {
	var s []T
	var last fmt.Stringer
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
		last = s[i]
		s[i].b = int32(len(last.String()))
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), len(fmt.Sprint(s)))
	}
}

package main

import (
	"fmt"
)

type T struct{ a, b int32 }

func (t *T) Inc() { t.b++ }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
		x := s[i]
		x.Inc()
		s[i].b = x.b * 10
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

package main

import (
	"fmt"
)

type T struct{ a, b int32 }

//go:noinline
func fill(m map[int][]T, n int) {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
		s[i].b = s[i].a << 2
	}
	m[n] = s
}

func main() {
	m := map[int][]T{}
	for n := 0; n < 7; n++ {
		fill(m, n)
	}
	for n := 0; n < 7; n++ {
		fmt.Println(n, len(m[n]), cap(m[n]), m[n])
	}
}

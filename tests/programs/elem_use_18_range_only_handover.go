package main

import (
	"fmt"
)

type T struct{ a, b int32 }

//go:noinline
func show(n int, s []T) {
	fmt.Println(n, len(s), cap(s), s)
}

//go:noinline
func build(n int) {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
	}
	for i := range s {
		s[i].b += 5
	}
	show(n, s)
}

func main() {
	for n := 0; n < 7; n++ {
		build(n)
	}
}

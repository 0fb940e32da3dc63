package main

import (
	"fmt"
)

type T struct{ a, b int32 }

//go:noinline
func build(n int) []T {
	var s []T
	sum := int32(0)
	for i := 0; i < n; i++ {
		s = append(s, T{a: int32(i)})
		sum += (&s[i]).a
	}
	if sum < 0 {
		return nil
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

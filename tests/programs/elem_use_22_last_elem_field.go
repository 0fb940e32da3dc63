package main

import (
	"fmt"
)

type T struct {
	k uint8
	v int16
	w int32
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{k: uint8(i)})
		s[len(s)-1].v = int16(-i)
		s[len(s)-1].w += int32(len(s))
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

package main

import (
	"fmt"
)

type T struct {
	a   int16
	arr [2]int8
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int16(i)})
		(&s[i].arr)[1] = int8(-i)
	}
	return s
}

func main() {
	for n := 0; n < 9; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

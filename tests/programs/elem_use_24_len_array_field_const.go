package main

import (
	"fmt"
)

type T struct {
	tag int32
	arr [1]int32
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{tag: int32(i)})
		s[i].arr[0] = int32(len(s[i].arr) + i)
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

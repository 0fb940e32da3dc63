package main

import (
	"fmt"
)

type T struct {
	id  int16
	arr [3]int16
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{id: int16(i)})
		s[i].arr[i%3] = int16(cap(s))
	}
	return s
}

func main() {
	for n := 0; n < 6; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

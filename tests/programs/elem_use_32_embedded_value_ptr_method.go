package main

import (
	"fmt"
)

type Inner struct{ n int32 }

func (in *Inner) Inc() { in.n++ }

type T struct {
	Inner
	k int32
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{k: int32(i)})
		s[i].Inc()
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

package main

import (
	"fmt"
)

type T struct{ arr [3]int16 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{})
		for j := range s[i].arr {
			s[i].arr[j] = int16(i*10 + j)
		}
	}
	return s
}

func main() {
	for n := 0; n < 8; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

package main

import (
	"fmt"
)

type T struct{ arr [2]int32 }

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{arr: [2]int32{int32(i), 1}})
		for j, v := range s[i].arr {
			s[i].arr[j] = v * 7
		}
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

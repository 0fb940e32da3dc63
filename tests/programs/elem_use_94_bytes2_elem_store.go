package main

import (
	"fmt"
)

//go:noinline
func build(n int) [][2]byte {
	var s [][2]byte
	for i := 0; i < n; i++ {
		s = append(s, [2]byte{'a' + byte(i)})
		s[i][1] = '0' + byte(i%10)
	}
	return s
}

func main() {
	for n := 0; n < 18; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s))
	}
}

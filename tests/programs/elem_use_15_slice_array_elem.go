package main

import (
	"fmt"
)

//go:noinline
func build(n int) [][4]byte {
	var s [][4]byte
	for i := 0; i < n; i++ {
		s = append(s, [4]byte{})
		b := s[i][:]
		b[0] = byte('a' + i)
	}
	return s
}

func main() {
	for n := 0; n < 10; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

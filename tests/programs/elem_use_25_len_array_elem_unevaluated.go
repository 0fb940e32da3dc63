package main

import (
	"fmt"
)

//go:noinline
func build(n int) [][4]byte {
	var s [][4]byte
	total := 0
	for i := 0; i < n; i++ {
		total += len(s[i+100])
		s = append(s, [4]byte{byte(i), byte(total)})
	}
	return s
}

func main() {
	for n := 0; n < 10; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

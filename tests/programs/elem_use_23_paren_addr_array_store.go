package main

import (
	"fmt"
)

//go:noinline
func build(n int) [][2]int32 {
	var s [][2]int32
	for i := 0; i < n; i++ {
		s = append(s, [2]int32{})
		(&s[i])[1] = int32(i)
	}
	return s
}

func main() {
	for n := 0; n < 7; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

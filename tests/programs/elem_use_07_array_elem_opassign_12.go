package main

import (
	"fmt"
)

//go:noinline
func build(n int) [][3]int32 {
	var s [][3]int32
	for i := 0; i < n; i++ {
		s = append(s, [3]int32{1, 2, 3})
		for j := 0; j < 3; j++ {
			s[i][j] += int32(i * j)
		}
	}
	if cap(s) > len(s) {
		s[0][0] = -1
	}
	return s
}

func main() {
	for n := 0; n < 5; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

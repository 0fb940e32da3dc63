package main

import (
	"fmt"
)

//go:noinline
func build(n int) [][2][2]int16 {
	var s [][2][2]int16
	for i := 0; i < n; i++ {
		s = append(s, [2][2]int16{})
		s[i][1][0] = int16(i)
		s[i][0][1] += int16(i * 2)
		s[i][1][1]--
	}
	return s
}

func main() {
	for n := 0; n < 6; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

package main

import (
	"fmt"
	"strings"
)

// show's inlining cost is 85, over gc's budget of 80 only by fmt.Printf's implicit argument
// slice and conversions: it has a frame of its own, and what it prints escapes. Every
// caller's slice is then on the heap, and its capacity is growslice's.
func show(name string, s []int) {
	fmt.Printf("%-14s len=%-3d cap=%-3d %v\n", name, len(s), cap(s), s)
}

func collect(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Printf("append %d: len=%d cap=%d\n", i, len(s), cap(s))
	}
	show("collect(5)", collect(5))
	show("collect(0)", collect(0))
	m := make([]int, 3, 10)
	show("make", m)
	show("m[1:4]", m[1:4])
	show("append m", append(m, 1, 2, 3, 4, 5, 6, 7, 8))
	show("append fits", append(m, 1))
	words := strings.Fields("a b c d e")
	fmt.Println("fields:", len(words), cap(words))
	c := s[2:5]
	show("s[2:5]", c)
	c = append(c, 100)
	show("s after", s)
}

package main

import "fmt"

//go:noinline
func apply(f func() int) int { return f() }

func main() {
	var s []int
	_ = apply(func() int { return len(s) })
	s, _ = append(s, 1), 0
	fmt.Println(cap(s))
}

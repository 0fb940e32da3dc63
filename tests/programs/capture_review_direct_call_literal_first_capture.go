package main

import "fmt"

//go:noinline
func apply(f func() int) int { return f() }

func main() {
	var s []int
	s = append(s, 1)
	_ = func() int { return len(s) }()
	for i := 0; i < 1; i++ {
		_ = apply(func() int { return len(s) })
	}
	fmt.Println(cap(s))
}

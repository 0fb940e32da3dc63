package main

import "fmt"

//go:noinline
func apply(f func() int) int { return f() }

func spin(n int) int {
	i := 0
L:
	i++
	if i < n {
		goto L
	}
	return i
}

func main() {
	var s []int
	s = append(s, 1)
	_ = spin(2)
	_ = apply(func() int { return len(s) })
	fmt.Println(cap(s))
}

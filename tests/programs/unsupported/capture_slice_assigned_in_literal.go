package main

import "fmt"

//go:noinline
func apply(f func(int) int, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += f(i)
	}
	return s
}

// A literal appends to the slice it captures: its storage changes where main does not see.
func main() {
	var xs []int
	xs = append(xs, 1)
	apply(func(i int) int { xs = append(xs, i); return 0 }, 3)
	fmt.Println(len(xs), cap(xs))
}

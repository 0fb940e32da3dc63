package main

import "fmt"

//go:noinline
func cp(dst, src []int) int { return copy(dst, src) }

//go:noinline
func build(n int) []int {
	var s []int
	var t []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		t = append(t, -i)
		fmt.Print(cap(s), cap(t), " ")
	}
	fmt.Print(cp(t, s), " ")
	_ = t
	return s
}

// Checks growth of two slices passed as dst and src of a copying callee.
func main() {
	fmt.Println(build(5))
}

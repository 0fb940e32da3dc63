package main

import "fmt"

//go:noinline
func first(s []int) []int { return s[:1] }

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Print(len(first(s)), " ")
	return s
}

// Checks growth of a slice passed to a callee that returns s[:1].
func main() {
	fmt.Println(build(5))
}

package main

import "fmt"

//go:noinline
func ignore(_ []int, n int) int { return n * 2 }

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Print(ignore(s, 2), " ")
	return s
}

// Checks growth of a slice passed to a callee with a blank parameter.
func main() {
	fmt.Println(build(5))
}

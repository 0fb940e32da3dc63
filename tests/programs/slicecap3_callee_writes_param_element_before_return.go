package main

import "fmt"

//go:noinline
func zero(s []int) { s[0] = 0 }

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i+1)
		fmt.Print(cap(s), " ")
	}
	zero(s)
	return s
}

// Checks growth of a returned slice passed to a callee that writes s[0].
func main() {
	fmt.Println(build(5))
}

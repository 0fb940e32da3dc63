package main

import "fmt"

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		if i == 2 {
			s = s[1:]
		}
		fmt.Print(cap(s), " ")
	}
	return s
}

// Checks capacity when s = s[1:] happens in the middle of an append loop.
func main() {
	fmt.Println(build(6))
}

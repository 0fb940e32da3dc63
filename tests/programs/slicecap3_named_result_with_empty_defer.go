package main

import "fmt"

//go:noinline
func build(n int) (s []int) {
	defer func() {}()
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	return s
}

// Checks append growth of a named result in a function with an empty deferred closure.
func main() {
	fmt.Println(build(6))
}

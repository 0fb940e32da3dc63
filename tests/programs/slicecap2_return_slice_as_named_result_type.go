package main

import "fmt"

type L []int

//go:noinline
func build(n int) L {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	return s
}

// Checks cap growth of a plain slice returned from a function whose result is a named slice type.
func main() {
	fmt.Println(len(build(5)))
}

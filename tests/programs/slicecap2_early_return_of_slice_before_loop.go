package main

import "fmt"

//go:noinline
func f(n int) []int {
	var s []int
	if n == 0 {
		return s
	}
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	return nil
}

// Checks cap growth in an append loop of a function that may return the slice early.
func main() {
	f(5)
	f(0)
}

package main

import "fmt"

//go:noinline
func local(s []int) int {
	s = append(s, 1)
	return len(s)
}

// Checks capacity of a local slice passed to a callee that appends to its parameter.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i+1)
		fmt.Print(cap(s), " ")
	}
	fmt.Print(local(s), " ")
	_ = s
	fmt.Println()
}

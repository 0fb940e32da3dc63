package main

import "fmt"

//go:noinline
func zero(s []int) { s[0] = 0 }

// Checks capacity of a local slice passed to a callee that writes s[0], then aliased.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i+1)
		fmt.Print(cap(s), " ")
	}
	zero(s)
	t := s
	fmt.Println(len(t))
}

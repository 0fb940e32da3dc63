package main

import "fmt"

var n0 = 7

func ptr() *int { return &n0 }

//go:noinline
func callFirst(fs []func() *int) { fs[0]() }

//go:noinline
func build(n int) []func() *int {
	var s []func() *int
	for i := 0; i < n; i++ {
		s = append(s, ptr)
		fmt.Print(cap(s), " ")
	}
	callFirst(s)
	return s
}

// Checks growth of a func slice whose first element a callee calls.
func main() {
	fmt.Println(len(build(5)))
}

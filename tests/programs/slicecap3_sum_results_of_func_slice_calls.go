package main

import "fmt"

//go:noinline
func sumAll(fs []func() int) int {
	t := 0
	for _, f := range fs {
		t += f()
	}
	return t
}

func one() int { return 1 }

//go:noinline
func build(n int) []func() int {
	var s []func() int
	for i := 0; i < n; i++ {
		s = append(s, one)
		fmt.Print(cap(s), " ")
	}
	fmt.Print(sumAll(s), " ")
	return s
}

// Checks growth of a func slice whose calls a callee sums.
func main() {
	fmt.Println(len(build(5)))
}

package main

import "fmt"

//go:noinline
func setAll(v ...int) {
	for i := range v {
		v[i] = 1
	}
}

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	setAll(s...)
	return s
}

// Checks growth of a slice spread into a variadic callee that writes it.
func main() {
	fmt.Println(build(5))
}

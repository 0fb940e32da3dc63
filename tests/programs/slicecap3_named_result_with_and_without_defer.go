package main

import "fmt"

//go:noinline
func build(n int) (s []int) {
	defer fmt.Println("done")
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	return
}

//go:noinline
func build2(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	return
}

// Checks append growth of a named result in functions with and without a defer.
func main() {
	fmt.Println(len(build(5)))
	fmt.Println(len(build2(5)))
}

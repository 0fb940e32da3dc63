package main

import "fmt"

//go:noinline
func build(n int) (s []byte) {
	defer fmt.Print("")
	for i := 0; i < n; i++ {
		s = append(s, 'a')
		fmt.Print(cap(s), " ")
	}
	return
}

// Checks append growth of a named []byte result in a function with a defer.
func main() {
	fmt.Println(len(build(20)))
}

package main

import (
	"fmt"
	"sort"
)

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, n-i)
		fmt.Print(cap(s), " ")
	}
	sort.Ints(s)
	return s
}

// Checks append growth when sort.Ints runs on the slice before it is returned.
func main() {
	fmt.Println(build(5))
}

package main

import "fmt"

//go:noinline
func bump(s []*int) {
	*s[0] += 100
}

var vals [5]int

//go:noinline
func build(n int) []*int {
	var s []*int
	for i := 0; i < n; i++ {
		s = append(s, &vals[i])
		fmt.Print(cap(s), " ")
	}
	bump(s)
	return s
}

// Checks growth of a []*int whose callee writes through its first element.
func main() {
	fmt.Println(len(build(5)), vals)
}

package main

import "fmt"

var g *int

//go:noinline
func keepFirst(s []*int) { g = s[0] }

// Checks capacity of a []*int whose callee stores its first element in a global.
func main() {
	x := 5
	var s []*int
	s = append(s, &x)
	keepFirst(s)
	fmt.Println(len(s), cap(s), *g)
}

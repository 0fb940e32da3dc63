package main

import "fmt"

// A literal appends to the captured slice another literal measures: both are inlined (gc's
// static values), so the variable is main's own and its append grows from a length of 2 on
// the heap, as gc grows it.
func main() {
	q := make([]int, 2)
	f := func() { q = append(q, 1) }
	g := func() { fmt.Println(cap(q)) }
	g()
	f()
	g()
}

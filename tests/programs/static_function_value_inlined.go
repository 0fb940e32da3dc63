// Calls through a variable holding a declared function (`g := build; g(3)`): gc inlines them
// (the variable's static value), and judges the callee's slices in the caller, as memrun.
package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := range n {
		s = append(s, i)
	}
	return s
}

func grow(s []int) []int {
	s = append(s, 1)
	return s
}

func main() {
	g := build
	s := g(3)
	fmt.Println(len(s), cap(s))
	h := grow
	t := h([]int{5})
	fmt.Println(len(t), cap(t), t)
	u := build(20)
	fmt.Println(len(u), cap(u))
}

// probes: inlined builder called several times in sequence (each call site its own store?)
package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	a := build(1)
	b := build(2)
	c := build(5)
	fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c))
	a = append(a, 7)
	fmt.Println(len(a), cap(a), b[1], c[4])
}

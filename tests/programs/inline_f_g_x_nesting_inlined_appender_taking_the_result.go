// probes: f(g(x)) nesting: inlined appender taking the result of an inlined builder
package main

import "fmt"

func g(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

func f(p []int) []int {
	p = append(p, 100)
	return p
}

func main() {
	r := f(g(1))
	fmt.Println(len(r), cap(r), r[0], r[1])
	r2 := f(f(g(2)))
	fmt.Println(len(r2), cap(r2), r2[2])
}

// probes: the same builder inlined at two sites in main: each result has its own store (no aliasing)
package main

import "fmt"

func one(x int) []int {
	var s []int
	return append(s, x)
}

func main() {
	a := one(1)
	b := one(2)
	a2 := append(a, 10)
	b2 := append(b, 20)
	fmt.Println(a, b, a2, b2, cap(a), cap(b))
}

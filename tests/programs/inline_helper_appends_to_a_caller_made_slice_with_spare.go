// probes: helper appends to a caller-made slice with spare capacity (no growth, aliasing visible)
package main

import "fmt"

func add(p []int, x int) []int {
	return append(p, x)
}

func main() {
	base := make([]int, 0, 10)
	a := add(base, 1)
	b := add(base, 2)
	fmt.Println(len(a), cap(a), a[0], b[0])
	c := add(a, 3)
	d := add(a, 4)
	fmt.Println(c[1], d[1], cap(c))
}

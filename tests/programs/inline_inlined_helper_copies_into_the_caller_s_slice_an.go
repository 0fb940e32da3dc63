// probes: inlined helper copies into the caller's slice and returns the copied count
package main

import "fmt"

func fill(dst []int, v int) int {
	src := append([]int(nil), v, v+1, v+2)
	return copy(dst, src)
}

func main() {
	a := make([]int, 2)
	n := fill(a, 5)
	b := make([]int, 5)
	m := fill(b[1:], 7)
	fmt.Println(a, n, b, m)
}

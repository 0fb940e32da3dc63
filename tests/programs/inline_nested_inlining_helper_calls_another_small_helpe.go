// probes: nested inlining: helper calls another small helper that appends
package main

import "fmt"

func inner(s []int, x int) []int {
	return append(s, x, x)
}

func outer(n int) []int {
	var s []int
	s = inner(s, n)
	s = inner(s, n+1)
	return s
}

func main() {
	r := outer(1)
	fmt.Println(len(r), cap(r), r)
	q := outer(5)
	fmt.Println(len(q), cap(q))
	q = append(q, 0)
	fmt.Println(len(q), cap(q))
}

// probes: helper with several returns (early return of a partially built slice)
package main

import "fmt"

func build(n int) []int {
	var s []int
	s = append(s, 0)
	if n < 2 {
		return s
	}
	s = append(s, 1)
	if n < 3 {
		return s
	}
	s = append(s, 2, 3, 4)
	return s
}

func main() {
	for _, n := range []int{1, 2, 3} {
		r := build(n)
		fmt.Println(n, len(r), cap(r))
	}
	a := build(1)
	fmt.Println(len(a), cap(a))
}

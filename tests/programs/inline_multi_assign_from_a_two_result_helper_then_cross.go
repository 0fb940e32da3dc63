// probes: multi-assign from a two-result helper then cross appends
package main

import "fmt"

func two(x int) ([]int, int) {
	var s []int
	s = append(s, x)
	return s, len(s)
}

func main() {
	a, n := two(5)
	t := append(a, 1)
	u := append(a, 2)
	fmt.Println(n, t[1], u[1])
	b, _ := two(6)
	b = append(b, 7)
	fmt.Println(len(b), b[1])
}

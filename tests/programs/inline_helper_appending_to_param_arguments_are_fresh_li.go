// probes: helper appending to param, arguments are fresh literals
package main

import "fmt"

func add(p []int, x int) []int {
	return append(p, x)
}

func main() {
	a := add([]int{1}, 2)
	b := add([]int{1, 2, 3, 4}, 5)
	c := add(nil, 9)
	fmt.Println(len(a), len(b), len(c), a[1], b[4], c[0])
	d := append(c, 1)
	e := append(c, 2)
	fmt.Println(d[1], e[1])
}

// probes: helper whose only append is in dead code (if false): not a site after pruning; result shape
package main

import "fmt"

func dead(x int) []int {
	var s []int
	if false {
		s = append(s, x)
	}
	return s
}

func live(x int) []int {
	s := dead(x)
	return append(s, x)
}

func main() {
	r := live(3)
	t := append(r, 7)
	u := append(r, 8)
	fmt.Println(r, t[1], u[1], dead(1) == nil)
}

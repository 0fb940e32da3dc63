// probes: labeled break out of a nested loop in an inlined helper, the caller also has the same label name
package main

import "fmt"

func find(g [][]int, t int) (at []int) {
L:
	for i, r := range g {
		for _, v := range r {
			if v == t {
				at = append(at, i)
				break L
			}
		}
	}
	return
}

func main() {
	g := [][]int{{1, 2}, {3, 4}, {5, 3}}
L:
	for t := 0; t < 6; t++ {
		r := find(g, t)
		if t == 5 {
			break L
		}
		fmt.Println(t, r)
	}
}

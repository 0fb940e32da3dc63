// probes: helper with a labeled loop (gc inlines labels; memrun may not copy them)
package main

import "fmt"

func firstNeg(xs []int) []int {
	var s []int
loop:
	for _, x := range xs {
		if x < 0 {
			break loop
		}
		s = append(s, x)
	}
	return s
}

func main() {
	a := firstNeg([]int{3, -1, 4})
	t := append(a, 7)
	u := append(a, 8)
	fmt.Println(len(a), t[1], u[1])
}

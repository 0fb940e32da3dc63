// probes: nested inlining with a multi-value helper inside: a, b := two(v); return append(s, a, b)
package main

import "fmt"

func two(v int) (int, int) {
	s := append([]int(nil), v, -v)
	return s[0], s[1]
}

func pair(v int) []int {
	a, b := two(v)
	var s []int
	return append(s, a, b)
}

func main() {
	for i := 1; i < 4; i++ {
		p := pair(i)
		fmt.Println(p, len(p))
	}
}

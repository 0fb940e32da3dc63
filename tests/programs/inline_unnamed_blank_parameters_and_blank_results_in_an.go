// probes: unnamed / blank parameters and blank results in an inlined helper
package main

import "fmt"

func skip(_ int, x int, _ string) (_ int, s []int) {
	s = append(s, x)
	return 7, s
}

func side(v int) int { fmt.Println("side", v); return v }

func main() {
	a, b := skip(side(1), 2, "x")
	fmt.Println(a, b)
	_, c := skip(side(3), side(4), "")
	fmt.Println(c)
}

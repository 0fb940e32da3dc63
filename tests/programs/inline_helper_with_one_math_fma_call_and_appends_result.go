// probes: helper with one math.FMA call and appends, result aliasing observed in the caller
package main

import (
	"fmt"
	"math"
)

func grow(a float64) []int {
	var s []int
	s = append(s, int(math.FMA(a, a, 1)))
	return s
}

func main() {
	r := grow(2)
	t := append(r, 7)
	u := append(r, 8)
	fmt.Println(r, t[1], u[1])
}

// probes: helper calling math.FMA (an intrinsic: gc charges it as 1 node, not as a 57-cost call): gc inlines, cap in caller loop
package main

import (
	"fmt"
	"math"
)

func c(a float64) int {
	y := math.FMA(a, 2, 1) + math.FMA(a, 3, 1)
	var s []int
	s = append(s, int(y))
	return cap(s)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(c(float64(i)))
	}
}

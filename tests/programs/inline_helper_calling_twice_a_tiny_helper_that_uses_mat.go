// probes: helper calling twice a tiny helper that uses math.FMA (its bound inflates the caller's), cap in caller loop
package main

import (
	"fmt"
	"math"
)

func fma(a float64) float64 { return math.FMA(a, 2, 1) }

func c(a float64) int {
	y := fma(a) + fma(a+1)
	var s []int
	s = append(s, int(y))
	return cap(s)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(c(float64(i)))
	}
}

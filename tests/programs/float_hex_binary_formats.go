package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.5, 3.0, 255.99, 1e300, 5e-324, 2.2250738585072014e-308, math.MaxFloat64, math.Inf(1), math.NaN(), 123456.789, 1.0 / 3}
	for _, v := range vals {
		for _, p := range []int{-1, 0, 1, 2, 5, 13, 14, 15, 20} {
			fmt.Print(strconv.FormatFloat(v, 'x', p, 64), " ", strconv.FormatFloat(v, 'X', p, 32), " ")
		}
		fmt.Println(strconv.FormatFloat(v, 'b', -1, 64), strconv.FormatFloat(v, 'b', 3, 32))
		fmt.Printf("%x %X %.3x %10.2x %-12x| %b %+x %08.1x\n", v, v, v, v, v, v, v, v)
		fmt.Printf("%x %b\n", float32(v), float32(v))
	}
}

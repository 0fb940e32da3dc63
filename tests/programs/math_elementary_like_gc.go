package main

import (
	"fmt"
	"math"
)

var seed uint64 = 0x9E3779B97F4A7C15

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func canon(r float64) uint64 {
	if r != r {
		return 1
	}
	return math.Float64bits(r)
}

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2, 10, 100, 1e6, 1e9, 1e22, 1e300, math.MaxFloat64, 5e-324, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.Pi / 2, -math.Pi / 4, 0.7, 0.66, 2.4142135623730951, 21, 22, 44, 0.625, -0.3, 1 << 29, 1<<29 + 0.5}
	for _, v := range vals {
		s, c := math.Sincos(v)
		fmt.Println(v, math.Sin(v), math.Cos(v), math.Tan(v), s, c, math.Atan(v), math.Asin(v), math.Acos(v), math.Atan2(v, 2), math.Atan2(-1, v), math.Sinh(v), math.Cosh(v), math.Tanh(v), math.Cbrt(v), math.Log10(v), math.Log2(v), math.Exp2(v))
		for _, y := range []float64{0, 1, -1, 0.5, -0.5, 2, 3, 0.3, -2.5, 1e10, math.Inf(1), math.Inf(-1), math.NaN(), 1.0000001} {
			fmt.Print(math.Pow(v, y), " ")
		}
		fmt.Println()
	}
	for _, n := range []int{-400, -324, -323, -100, -1, 0, 1, 22, 23, 100, 308, 309} {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
	hs := make([]uint64, 17)
	for i := 0; i < 200000; i++ {
		var x float64
		switch i % 4 {
		case 0:
			x = (float64(rnd()%2000000) - 1000000) / 1000
		case 1:
			x = math.Float64frombits(rnd())
		case 2:
			x = float64(rnd()%1000000) / 997
		default:
			x = (float64(rnd()%200) - 100) / 37
		}
		y := (float64(rnd()%2000) - 1000) / 37
		s, c := math.Sincos(x)
		fs := []float64{math.Sin(x), math.Cos(x), math.Tan(x), s, c, math.Atan(x), math.Asin(x / 1000), math.Acos(x / 1000), math.Atan2(x, y), math.Sinh(x / 10), math.Cosh(x / 10), math.Tanh(x / 10), math.Cbrt(x), math.Log10(math.Abs(x)), math.Log2(math.Abs(x)), math.Pow(math.Abs(x), y), math.Exp2(x / 100)}
		for k, f := range fs {
			hs[k] = hs[k]*31 + canon(f)
		}
	}
	for _, h := range hs {
		fmt.Printf("%x ", h)
	}
	fmt.Println()
}

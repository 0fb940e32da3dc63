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
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2, 10, 100, 709, 709.78, 709.79, 710, -708, -745, -745.2, -746, -1000, 1e-300, 5e-324, 1e-310, math.Inf(1), math.Inf(-1), math.NaN(), math.E, math.Pi, 0.1, -0.1, 1e10, -3e9}
	for _, v := range vals {
		fmt.Println(v, math.Exp(v), math.Log(v), math.Hypot(v, 3), math.Hypot(v, v))
	}
	he, hl, hh := uint64(0), uint64(0), uint64(0)
	for i := 0; i < 300000; i++ {
		var x float64
		switch i % 4 {
		case 0:
			x = (float64(rnd()%2000000) - 1000000) / 1000
		case 1:
			x = math.Float64frombits(rnd())
		case 2:
			x = float64(rnd()%1000000) / 997
		default:
			x = (float64(rnd()%1500) - 750) + float64(rnd()%1000)/1000
		}
		he = he*31 + canon(math.Exp(x))
		hl = hl*31 + canon(math.Log(math.Abs(x)))
		hh = hh*31 + canon(math.Hypot(x, math.Float64frombits(rnd())))
	}
	fmt.Printf("%x %x %x\n", he, hl, hh)
}

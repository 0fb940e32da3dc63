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

func anyFloat() float64 {
	switch rnd() % 6 {
	case 0:
		return math.Float64frombits(rnd())
	case 1:
		return float64(int64(rnd()%2000) - 1000)
	case 2:
		return math.Float64frombits(rnd() & 0x800FFFFFFFFFFFFF) // subnormal
	case 3:
		return math.Float64frombits(rnd()&0x801FFFFFFFFFFFFF | 0x3FF0000000000000)
	case 4:
		e := rnd() % 2046
		return math.Float64frombits(rnd()&0x800FFFFFFFFFFFFF | (e+1)<<52)
	}
	return math.Float64frombits(rnd()&0x800FFFFFFFFFFFFF | 0x3CA0000000000000)
}

func main() {
	h := uint64(0)
	special := []float64{0, math.Copysign(0, -1), 1, -1, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64, 1e-310, 0x1p-1022, 3, 0.1}
	for _, x := range special {
		for _, y := range special {
			for _, z := range special {
				r := math.FMA(x, y, z)
				if r != r { r = math.NaN() }; h = h*31 + math.Float64bits(r)
			}
		}
	}
	fmt.Printf("%x\n", h)
	bad := 0
	for i := 0; i < 200000; i++ {
		x, y := anyFloat(), anyFloat()
		z := anyFloat()
		if i%3 == 0 {
			z = -x * y * (1 + float64(rnd()%5)*0x1p-52)
		}
		r := math.FMA(x, y, z)
		if r != r { r = math.NaN() }; h = h*31 + math.Float64bits(r)
		if i < 5 || (bad < 5 && i%40000 == 0) {
			fmt.Println(x, y, z, r)
		}
	}
	fmt.Printf("%x\n", h)
	fmt.Println(math.FMA(0.1, 10, -1), math.FMA(1e308, 10, -1e308), math.FMA(-0x1p-1074, 0.5, 0), math.FMA(0x1p-1074, 0.5, 0x1p-1074))
}

package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 3.7, -3.7, 1e300, -1e-310, 4.9e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 123456.789, 1 << 53, 4503599627370496.5}
	for _, x := range vals {
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x), math.Sqrt(x), math.Signbit(x), fr, e, ip, fp, math.Ilogb(x), math.Logb(x), math.Ldexp(x, -1074), math.Ldexp(x, 3))
		for _, y := range []float64{0, 1, -2.5, 3, 0.1, math.Inf(1), math.NaN(), 1e-320} {
			fmt.Print(math.Mod(x, y), math.Max(x, y), math.Min(x, y), math.Dim(x, y), math.Nextafter(x, y), math.Copysign(x, y), " ")
		}
		fmt.Println()
	}
	fmt.Println(math.Pi, math.E, math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxFloat32, math.SmallestNonzeroFloat64, math.MaxInt8, math.Sqrt2, math.Ln2, math.Log2E)
	fmt.Printf("%x %x %v %v\n", math.Float64bits(math.NaN()), math.Float32bits(1.5), math.Float64frombits(0x3ff8000000000000), math.Nextafter32(1, 2))
	fmt.Println(math.IsInf(math.Inf(1), 0), math.IsInf(math.Inf(-1), 1), math.IsNaN(math.NaN()), math.Inf(-3))
}

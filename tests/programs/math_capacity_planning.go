package main

import (
	"fmt"
	"math"
	"strconv"
)

func stats(xs []float64) (mean, sd, p95 float64) {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	mean = sum / float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	sd = math.Sqrt(sd / float64(len(xs)-1))
	sorted := append([]float64(nil), xs...)
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && sorted[j] < sorted[j-1]; j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	rank := 0.95 * float64(len(sorted)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	p95 = sorted[lo] + (sorted[hi]-sorted[lo])*(rank-float64(lo))
	return
}

func main() {
	latency := []float64{12.5, 15.1, 11.9, 210.0, 13.3, 14.8, 12.0, 16.7, 13.9, 95.2, 12.2, 14.1}
	mean, sd, p95 := stats(latency)
	fmt.Printf("latency mean=%.6f sd=%.6f p95=%.6f\n", mean, sd, p95)
	fmt.Println("raw:", mean, sd, p95)

	// disk growth: 1.2TB growing 3.5% per month, capacity 4TB
	used, capacity, rate := 1.2, 4.0, 0.035
	months := math.Log(capacity/used) / math.Log(1+rate)
	fmt.Printf("months until full: %.6f (ceil %v, floor %v)\n", months, math.Ceil(months), math.Floor(months))
	for m := 0; m <= 36; m += 12 {
		v := used * math.Pow(1+rate, float64(m))
		fmt.Printf("  month %2d: %.3f TB  %5.1f%%  exp-approx %.3f\n", m, v, 100*v/capacity, used*math.Exp(rate*float64(m)))
	}

	fmt.Printf("hypot(3,4)=%v hypot(1e200,1e200)=%g cbrt(27)=%v\n", math.Hypot(3, 4), math.Hypot(1e200, 1e200), math.Cbrt(27))
	for _, deg := range []float64{0, 30, 45, 90, 180, 270} {
		rad := deg * math.Pi / 180
		fmt.Printf("  %3.0f° sin=%.6f cos=%.6f tan=%.6e atan2=%.6f\n", deg, math.Sin(rad), math.Cos(rad), math.Tan(rad), math.Atan2(math.Sin(rad), math.Cos(rad)))
	}
	fmt.Println(math.Sqrt(2), math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Exp(1), math.Pow(2, 0.5))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Inf(1)-math.Inf(1), 1/math.Inf(-1), math.MaxInt64, math.MinInt64)
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Exp(1000), 1), math.Signbit(math.Copysign(0, -1)), math.MaxFloat64, math.SmallestNonzeroFloat64)
	for _, x := range []float64{2.5, -2.5, 3.49999, -0.5, 1e15 + 0.5} {
		fmt.Printf("  x=%v round=%v even=%v trunc=%v floor=%v ceil=%v mod3=%v abs=%v\n", x, math.Round(x), math.RoundToEven(x), math.Trunc(x), math.Floor(x), math.Ceil(x), math.Mod(x, 3), math.Abs(x))
	}
	ip, frac := math.Modf(-7.625)
	fr, exp := math.Frexp(96)
	fmt.Println(ip, frac, fr, exp, math.Ldexp(0.75, 7), math.Max(3, math.NaN()), math.Min(-0.0, 0), math.Dim(5, 8), math.Mod(10, 3))
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4059000000000000), math.Float32bits(0.1), math.Trunc(1e300))
	for _, v := range []float64{1234567.891, 0.000012345, 100, 1e21, -0.0} {
		fmt.Printf("  %v | %g | %e | %.3f | %8.2f | %s | %s\n", v, v, v, v, v, strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'G', 4, 32))
	}
	bw := 1000.0 * 1000 * 1000 / 8
	fmt.Printf("1 Gbit/s = %.0f B/s; 500 GiB takes %.2f h\n", bw, 500*math.Pow(2, 30)/bw/3600)
	fmt.Println(int64(math.Pow10(18)), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Sinh(1), math.Asin(2), math.Acos(0.5), math.Atan(1)*4 == math.Pi)
}

package main

import (
	"fmt"
	"math"
	"strings"
)

var data = []float64{
	2.3, 4.5, 1.2, 7.8, 5.5, 3.3, 6.1, 4.4, 5.0, 2.9,
	8.8, 4.1, 3.7, 5.9, 6.6, 4.9, 3.1, 5.2, 7.1, 4.0,
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	ss := 0.0
	for _, x := range xs {
		ss += (x - m) * (x - m)
	}
	return math.Sqrt(ss / float64(len(xs)-1))
}

func median(xs []float64) float64 {
	c := append([]float64(nil), xs...)
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j] < c[j-1]; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
	n := len(c)
	if n%2 == 0 {
		return (c[n/2-1] + c[n/2]) / 2
	}
	return c[n/2]
}

func main() {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, x := range data {
		lo = math.Min(lo, x)
		hi = math.Max(hi, x)
	}
	fmt.Printf("n=%d min=%.1f max=%.1f mean=%.4f median=%.2f sd=%.5f\n", len(data), lo, hi, mean(data), median(data), stddev(data))
	const buckets = 4
	width := (hi - lo) / buckets
	var counts [buckets]int
	for _, x := range data {
		b := int((x - lo) / width)
		if b == buckets {
			b--
		}
		counts[b]++
	}
	for i, c := range counts {
		from := lo + float64(i)*width
		fmt.Printf("[%5.2f, %5.2f) %-10s %d\n", from, from+width, strings.Repeat("#", c), c)
	}
	fmt.Println(math.Round(2.5), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Abs(-3), math.Mod(7, 3))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Exp(1), math.Log(math.E), math.Log10(1000), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	fmt.Println(math.MaxInt32, math.MinInt64, math.MaxUint16, math.SmallestNonzeroFloat64, math.MaxFloat32)
	f399 := 3.99
	fmt.Println(int(f399), int(-f399), float64(7)/2, 7/2, float32(16777217))
	fmt.Println(math.IsNaN(math.Sqrt(-1)), math.IsInf(1/math.Inf(1), 0), math.Signbit(math.Copysign(0, -1)))
}

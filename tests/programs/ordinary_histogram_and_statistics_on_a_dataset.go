// Histogram and statistics on a dataset
package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func mode(xs []float64) []float64 {
	counts := map[float64]int{}
	best := 0
	for _, x := range xs {
		counts[x]++
		best = max(best, counts[x])
	}
	var modes []float64
	for x, c := range counts {
		if c == best {
			modes = append(modes, x)
		}
	}
	slices.Sort(modes)
	return modes
}

func main() {
	data := []float64{2, 4, 4, 4, 5, 5, 7, 9, 3.5, 6.25, 8, 1, 9, 9}
	m := mean(data)
	v := 0.0
	for _, x := range data {
		v += math.Pow(x-m, 2)
	}
	fmt.Printf("n=%d mean=%.4f median=%.2f mode=%v\n", len(data), m, median(data), mode(data))
	fmt.Printf("variance=%.4f stddev=%.4f\n", v/float64(len(data)), math.Sqrt(v/float64(len(data))))
	bins := make([]int, 5)
	lo, hi := slices.Min(data), slices.Max(data)
	width := (hi - lo) / float64(len(bins))
	for _, x := range data {
		i := int((x - lo) / width)
		if i == len(bins) {
			i--
		}
		bins[i]++
	}
	for i, c := range bins {
		start := lo + float64(i)*width
		fmt.Printf("[%5.2f, %5.2f) %-8s %d\n", start, start+width, strings.Repeat("#", c), c)
	}
	fmt.Println(math.Abs(-2.5), math.Mod(7, 3), math.Trunc(-2.7), math.Hypot(3, 4), math.Log2(1024))
	fmt.Println(math.NaN(), math.IsNaN(math.NaN()), math.Cbrt(27), math.Exp(1))
}

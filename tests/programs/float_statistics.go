package main

import "fmt"

type Stats struct {
	N                   int
	Mean, Variance, Std float64
	Min, Max            float64
}

func sqrt(x float64) float64 {
	if x == 0 {
		return 0
	}
	z := x
	for i := 0; i < 50; i++ {
		z = (z + x/z) / 2
	}
	return z
}

func compute(xs []float64) Stats {
	s := Stats{N: len(xs), Min: xs[0], Max: xs[0]}
	sum := 0.0
	for _, x := range xs {
		sum += x
		s.Min = min(s.Min, x)
		s.Max = max(s.Max, x)
	}
	s.Mean = sum / float64(len(xs))
	ss := 0.0
	for _, x := range xs {
		d := x - s.Mean
		ss += d * d
	}
	s.Variance = ss / float64(len(xs)-1)
	s.Std = sqrt(s.Variance)
	return s
}

// median sorts a copy with insertion sort.
func median(xs []float64) float64 {
	c := make([]float64, len(xs))
	copy(c, xs)
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j] < c[j-1]; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
	if len(c)%2 == 1 {
		return c[len(c)/2]
	}
	return (c[len(c)/2-1] + c[len(c)/2]) / 2
}

func correlation(xs, ys []float64) float64 {
	mx, my := compute(xs).Mean, compute(ys).Mean
	var sxy, sxx, syy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	return sxy / sqrt(sxx*syy)
}

func main() {
	heights := []float64{172.5, 168.0, 181.2, 159.9, 175.3, 190.1, 165.4, 170.0}
	s := compute(heights)
	fmt.Printf("%+v\n", s)
	fmt.Printf("n=%d mean=%.3f var=%.3f std=%.3f range=[%g, %g]\n", s.N, s.Mean, s.Variance, s.Std, s.Min, s.Max)
	fmt.Println("median", median(heights), median(heights[:5]))

	// z-scores and a histogram.
	buckets := map[int]int{}
	for _, h := range heights {
		z := (h - s.Mean) / s.Std
		b := int(z+10) - 10 // floor for z > -10
		buckets[b]++
		fmt.Printf("%6.1f z=%+.3f\n", h, z)
	}
	fmt.Println(buckets)

	weights := []float64{68, 62.5, 80.1, 55, 72.4, 90.3, 60.2, 66}
	fmt.Printf("correlation %.6f\n", correlation(heights, weights))

	// Moving average.
	prices := []float64{10, 11, 12.5, 12, 13.25, 14, 13.5, 15}
	window := 3
	var ma []float64
	for i := window - 1; i < len(prices); i++ {
		sum := 0.0
		for _, p := range prices[i-window+1 : i+1] {
			sum += p
		}
		ma = append(ma, sum/float64(window))
	}
	fmt.Println(ma)
	fmt.Printf("%.2f\n", ma)

	// Welford's online algorithm agrees with the two-pass one.
	var n int
	var mean, m2 float64
	for _, x := range heights {
		n++
		d := x - mean
		mean += d / float64(n)
		m2 += d * (x - mean)
	}
	fmt.Printf("welford mean=%.6f var=%.6f\n", mean, m2/float64(n-1))
}

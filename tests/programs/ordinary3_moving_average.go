package main

import (
	"fmt"
	"math"
)

type Window struct {
	size int
	buf  []float64
	sum  float64
}

func (w *Window) Add(x float64) float64 {
	w.buf = append(w.buf, x)
	w.sum += x
	if len(w.buf) > w.size {
		w.sum -= w.buf[0]
		w.buf = w.buf[1:]
	}
	return w.sum / float64(len(w.buf))
}

func EMA(xs []float64, alpha float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		if i == 0 {
			out[i] = x
			continue
		}
		out[i] = alpha*x + (1-alpha)*out[i-1]
	}
	return out
}

func Crossings(a, b []float64) []int {
	var idx []int
	for i := 1; i < len(a); i++ {
		if (a[i-1] < b[i-1]) != (a[i] < b[i]) {
			idx = append(idx, i)
		}
	}
	return idx
}

func main() {
	prices := []float64{10, 10.5, 11.25, 10.75, 12, 13.5, 13, 12.25, 11, 10.5, 11.75, 12.5, 14, 13.75}
	w := &Window{size: 4}
	var sma []float64
	for i, p := range prices {
		avg := w.Add(p)
		sma = append(sma, avg)
		if i%3 == 0 {
			fmt.Printf("i=%2d price=%5.2f sma=%7.4f buf len=%d cap=%d\n", i, p, avg, len(w.buf), cap(w.buf))
		}
	}
	ema := EMA(prices, 0.3)
	for i := range prices {
		fmt.Printf("%5.2f %6.3f %6.3f\n", prices[i], sma[i], ema[i])
	}
	fmt.Println("crossings:", Crossings(sma, ema))
	mean, sq := 0.0, 0.0
	for _, p := range prices {
		mean += p
	}
	mean /= float64(len(prices))
	for _, p := range prices {
		sq += (p - mean) * (p - mean)
	}
	fmt.Printf("mean=%v std=%.5f last ema=%g\n", mean, math.Sqrt(sq/float64(len(prices)-1)), ema[len(ema)-1])
}

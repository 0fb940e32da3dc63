package main

import (
	"fmt"
	"math"
	"strings"
)

func stats(xs []float64) (mean, sd, median float64) {
	n := float64(len(xs))
	for _, x := range xs {
		mean += x
	}
	mean /= n
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	sd = math.Sqrt(sd / n)
	s := append([]float64(nil), xs...)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	if len(s)%2 == 0 {
		median = (s[len(s)/2-1] + s[len(s)/2]) / 2
	} else {
		median = s[len(s)/2]
	}
	return
}

func main() {
	data := []float64{2.3, 4.5, 4.7, 5.1, 5.5, 6.0, 6.2, 6.3, 6.8, 7.1, 7.4, 7.5, 8.0, 8.8, 9.9, 3.3, 5.0, 6.6, 6.1, 5.9}
	mean, sd, med := stats(data)
	fmt.Printf("n=%d mean=%.4f sd=%.4f median=%v\n", len(data), mean, sd, med)
	buckets := make([]int, 5)
	lo, hi := 2.0, 10.0
	width := (hi - lo) / float64(len(buckets))
	for _, x := range data {
		i := int((x - lo) / width)
		i = min(i, len(buckets)-1)
		buckets[i]++
	}
	for i, c := range buckets {
		from := lo + float64(i)*width
		fmt.Printf("[%4.1f,%4.1f) %-10s %d\n", from, from+width, strings.Repeat("█", c), c)
	}
	peak := 0
	for _, c := range buckets {
		peak = max(peak, c)
	}
	for level := peak; level > 0; level-- {
		var sb strings.Builder
		for _, c := range buckets {
			if c >= level {
				sb.WriteString(" # ")
			} else {
				sb.WriteString("   ")
			}
		}
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}
	fmt.Println(strings.Repeat("---", len(buckets)))
	z := make([]string, len(data))
	for i, x := range data[:5] {
		z[i] = fmt.Sprintf("%+.2f", (x-mean)/sd)
	}
	fmt.Println(z[:5], len(z))
}

package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Book struct {
	scores map[string][]float64
}

func (b *Book) Record(student string, s float64) {
	if b.scores == nil {
		b.scores = make(map[string][]float64)
	}
	b.scores[student] = append(b.scores[student], s)
}

func stats(xs []float64) (mean, sd, median float64) {
	if len(xs) == 0 {
		return math.NaN(), math.NaN(), math.NaN()
	}
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	sd = math.Sqrt(sd / float64(len(xs)))
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	if n := len(c); n%2 == 1 {
		median = c[n/2]
	} else {
		median = (c[n/2-1] + c[n/2]) / 2
	}
	return
}

func letter(m float64) string {
	switch {
	case m >= 90:
		return "A"
	case m >= 80:
		return "B"
	case m >= 70:
		return "C"
	case m >= 60:
		return "D"
	}
	return "F"
}

func main() {
	var b Book
	raw := "ana:91 ben:72 ana:88 cho:65 ben:80 dev:99 cho:58 ana:94.5 ben:77 cho:70 dev:100 eli:59.5"
	for _, tok := range strings.Fields(raw) {
		parts := strings.SplitN(tok, ":", 2)
		var v float64
		fmt.Sscanf(parts[1], "%g", &v)
		b.Record(parts[0], v)
	}
	names := make([]string, 0, len(b.scores))
	for n := range b.scores {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Printf("%-5s %-18s %6s %6s %6s %s\n", "name", "scores", "mean", "sd", "med", "grade")
	for _, n := range names {
		s := b.scores[n]
		m, sd, med := stats(s)
		fmt.Printf("%-5s %-18v %6.2f %6.2f %6.2f %s  (len=%d cap=%d)\n", n, s, m, sd, med, letter(m), len(s), cap(s))
	}
	m, _, _ := stats(nil)
	fmt.Println("empty:", m, math.IsNaN(m))
	best := names[0]
	for _, n := range names {
		a, _, _ := stats(b.scores[n])
		bb, _, _ := stats(b.scores[best])
		if a > bb {
			best = n
		}
	}
	fmt.Println("best:", best)
}

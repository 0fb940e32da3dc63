package main

import (
	"fmt"
	"math"
	"strings"
)

type Histogram struct {
	Min, Max float64
	Bins     []int
	Outliers []float64
}

func NewHistogram(min, max float64, n int) *Histogram {
	return &Histogram{Min: min, Max: max, Bins: make([]int, n)}
}

func (h *Histogram) Add(v float64) {
	if v < h.Min || v >= h.Max {
		h.Outliers = append(h.Outliers, v)
		return
	}
	w := (h.Max - h.Min) / float64(len(h.Bins))
	i := int((v - h.Min) / w)
	h.Bins[i]++
}

func (h *Histogram) Grow(extra int) {
	w := (h.Max - h.Min) / float64(len(h.Bins))
	h.Bins = append(h.Bins, make([]int, extra)...)
	h.Max += w * float64(extra)
	kept := h.Outliers[:0]
	re := []float64{}
	for _, o := range h.Outliers {
		if o >= h.Min && o < h.Max {
			re = append(re, o)
		} else {
			kept = append(kept, o)
		}
	}
	h.Outliers = kept
	for _, v := range re {
		h.Add(v)
	}
}

func (h *Histogram) Print() {
	w := (h.Max - h.Min) / float64(len(h.Bins))
	for i, c := range h.Bins {
		lo := h.Min + float64(i)*w
		fmt.Printf("[%5.1f,%5.1f) %-10s %d\n", lo, lo+w, strings.Repeat("#", c), c)
	}
	fmt.Printf("bins len=%d cap=%d outliers=%v (len=%d cap=%d)\n",
		len(h.Bins), cap(h.Bins), h.Outliers, len(h.Outliers), cap(h.Outliers))
}

func main() {
	h := NewHistogram(0, 10, 5)
	x := 0.7
	for i := 0; i < 30; i++ {
		x = math.Mod(x*3.7+1.3, 14)
		h.Add(math.Round(x*10) / 10)
	}
	h.Print()
	h.Grow(2)
	fmt.Println("after grow:")
	h.Print()
	total := 0
	for _, c := range h.Bins {
		total += c
	}
	fmt.Println("total", total, "mean per bin", float64(total)/float64(len(h.Bins)))
}

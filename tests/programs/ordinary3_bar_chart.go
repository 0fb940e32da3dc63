package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Series struct {
	Label  string
	Values []float64
}

func (s *Series) Push(v float64) { s.Values = append(s.Values, v) }

func (s Series) Max() float64 {
	m := math.Inf(-1)
	for _, v := range s.Values {
		m = math.Max(m, v)
	}
	return m
}

func Horizontal(data map[string]float64, width int) []string {
	keys := make([]string, 0, len(data))
	maxV := 0.0
	for k, v := range data {
		keys = append(keys, k)
		maxV = math.Max(maxV, v)
	}
	sort.Slice(keys, func(i, j int) bool {
		if data[keys[i]] != data[keys[j]] {
			return data[keys[i]] > data[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var lines []string
	for _, k := range keys {
		n := int(math.Round(data[k] / maxV * float64(width)))
		lines = append(lines, fmt.Sprintf("%-8s|%-*s| %6.1f", k, width, strings.Repeat("█", n), data[k]))
	}
	return lines
}

func Vertical(s Series, height int) []string {
	mx := s.Max()
	rows := make([]string, 0, height)
	for h := height; h >= 1; h-- {
		var sb strings.Builder
		for _, v := range s.Values {
			if v/mx*float64(height) >= float64(h)-0.5 {
				sb.WriteString(" ▇")
			} else {
				sb.WriteString("  ")
			}
		}
		rows = append(rows, strings.TrimRight(sb.String(), " "))
	}
	return rows
}

func main() {
	langs := map[string]float64{"Go": 42.5, "Rust": 38, "Python": 71.25, "C": 30, "Zig": 5.5, "Java": 38}
	for _, l := range Horizontal(langs, 20) {
		fmt.Println(l)
	}
	s := Series{Label: "rain"}
	for i := 0; i < 12; i++ {
		s.Push(math.Abs(math.Sin(float64(i)/2)) * 80)
		if i%4 == 3 {
			fmt.Printf("pushed %d len=%d cap=%d\n", i+1, len(s.Values), cap(s.Values))
		}
	}
	for _, r := range Vertical(s, 6) {
		fmt.Println("|" + r)
	}
	fmt.Printf("max %.3f %v\n", s.Max(), Series{}.Max())
	fmt.Printf("[%-*s][%*d][%.*f]\n", 6, "ab", 5, 42, 2, math.Pi)
}

package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Lo, Hi int }

// Merge is too big for gc to inline: its result is moved to the heap at the return.
func Merge(ivs []Interval) []Interval {
	sorted := make([]Interval, len(ivs))
	copy(sorted, ivs)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].Lo != sorted[j].Lo {
			return sorted[i].Lo < sorted[j].Lo
		}
		return sorted[i].Hi < sorted[j].Hi
	})
	var out []Interval
	for _, iv := range sorted {
		if n := len(out); n > 0 && iv.Lo <= out[n-1].Hi {
			if iv.Hi > out[n-1].Hi {
				out[n-1].Hi = iv.Hi
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}

func main() {
	cases := [][]Interval{
		{{1, 3}},
		{{1, 3}, {5, 6}},
		{{1, 3}, {5, 6}, {8, 9}},
		{{1, 3}, {2, 4}, {6, 7}, {9, 12}, {11, 13}},
		{{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}},
		{},
	}
	for _, c := range cases {
		m := Merge(c)
		fmt.Println(len(m), cap(m), m)
	}
}

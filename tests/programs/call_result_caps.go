package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Lo, Hi int }

// Merge returns the union of the intervals, sorted (a slice grown in a function of its own).
func Merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool { return s[i].Lo < s[j].Lo })
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Lo <= last.Hi {
			last.Hi = max(last.Hi, iv.Hi)
		} else {
			out = append(out, iv)
		}
	}
	return out
}

// Pick returns a total and the indexes it used (two results).
func Pick(xs []int, limit int) (int, []int) {
	total := 0
	var used []int
	for i, x := range xs {
		if total+x <= limit {
			total += x
			used = append(used, i)
		}
	}
	fmt.Println("picked", len(used))
	return total, used
}

func main() {
	m := Merge([]Interval{{5, 8}, {1, 3}, {2, 4}, {10, 12}, {11, 15}, {20, 21}})
	fmt.Println(m, len(m), cap(m))
	for _, lim := range []int{0, 7, 20, 100} {
		t, used := Pick([]int{4, 3, 9, 1, 7, 2, 8, 5, 6}, lim)
		fmt.Println(t, used, len(used), cap(used))
	}
}

package main

import "fmt"

type Interval struct{ Lo, Hi int }

func Merge(ivs []Interval) []Interval {
	var out []Interval
	for _, iv := range ivs {
		n := len(out)
		if n > 0 && iv.Lo <= out[n-1].Hi {
			if iv.Hi > out[n-1].Hi {
				out[n-1].Hi = iv.Hi
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}

func show(label string, s []Interval) {
	fmt.Println(label, len(s), cap(s))
}

func main() {
	show("one", Merge([]Interval{{1, 2}}))
	show("two", Merge([]Interval{{1, 2}, {4, 5}}))
	show("three", Merge([]Interval{{1, 2}, {4, 5}, {7, 8}}))
	show("merged", Merge([]Interval{{1, 5}, {2, 3}, {4, 9}}))
	for i := 1; i <= 3; i++ {
		var ivs []Interval
		for j := 0; j < i; j++ {
			ivs = append(ivs, Interval{j * 10, j*10 + 1})
		}
		show("loop", Merge(ivs))
	}
	show("nil", nil)
}

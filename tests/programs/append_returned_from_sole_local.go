// `return append(out, rest...)` of a local nothing else ever holds: whatever storage the
// append takes, nothing can tell (merging sorted lists, inserting an interval).
package main

import "fmt"

type Interval struct{ Start, End int }

func merge(a, b []int) []int {
	var out []int
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] < b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// (Never inlined: where gc inlines it, its caller decides where the storage goes.)
//
//go:noinline
func insert(ivs []Interval, n Interval) []Interval {
	var res []Interval
	i := 0
	for i < len(ivs) && ivs[i].End < n.Start {
		res = append(res, ivs[i])
		i++
	}
	for i < len(ivs) && ivs[i].Start <= n.End {
		n.Start = min(n.Start, ivs[i].Start)
		n.End = max(n.End, ivs[i].End)
		i++
	}
	res = append(res, n)
	return append(res, ivs[i:]...)
}

func evens(n int) []int {
	res := make([]int, 0, 2)
	for i := 0; i < n; i += 2 {
		res = append(res, i)
	}
	return append(res, -1)
}

func main() {
	fmt.Println(merge([]int{1, 4, 9}, []int{2, 3, 10, 11}))
	fmt.Println(merge(nil, []int{5}))
	fmt.Println(insert([]Interval{{1, 2}, {3, 5}, {6, 7}, {8, 10}, {12, 16}}, Interval{4, 8}))
	fmt.Println(insert(nil, Interval{1, 1}))
	e := evens(5)
	fmt.Println(e, len(e))
}

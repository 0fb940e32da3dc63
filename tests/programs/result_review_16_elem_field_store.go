package main

import "fmt"

type Interval struct{ Lo, Hi int }

// Merge (inlined by gc) updates an element's field in place: gc's slice pass
// understands s[i].f = v, so out is moved to the heap at the return.
func Merge(ivs []Interval) []Interval {
	var out []Interval
	for _, iv := range ivs {
		if n := len(out); n > 0 && iv.Lo <= out[n-1].Hi {
			out[n-1].Hi = max(out[n-1].Hi, iv.Hi)
			continue
		}
		out = append(out, iv)
	}
	return out
}

func main() {
	m := Merge([]Interval{{1, 5}, {2, 3}, {4, 9}})
	fmt.Println(len(m), cap(m), m[0].Hi)
	m2 := Merge([]Interval{{1, 2}, {4, 5}})
	fmt.Println(len(m2), cap(m2))
}

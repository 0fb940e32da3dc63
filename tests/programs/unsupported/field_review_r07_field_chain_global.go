package main

import "fmt"

type A struct{ items []int }
type B struct{ vals []int }

func collect(n int) []int {
	var t []int
	add := func(v int) { t = append(t, v) }
	for i := 0; i < n; i++ {
		add(i)
	}
	return t
}

var g = A{items: collect(3)}

func main() {
	var b B
	b.vals = g.items[:2]
	fmt.Println(cap(b.vals))
}

package main

import "fmt"

type S struct{ items []int }

func collect(n int) []int {
	var t []int
	add := func(v int) { t = append(t, v) }
	for i := 0; i < n; i++ {
		add(i)
	}
	return t
}

var g = S{items: collect(3)}

func main() {
	fmt.Println(cap(g.items))
}

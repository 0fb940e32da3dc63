package main

import "fmt"

type Box[T any] struct{ items []T }

func (b *Box[T]) Cap() int { return cap(b.items) }

func collect(n int) []int {
	var t []int
	add := func(v int) { t = append(t, v) }
	for i := 0; i < n; i++ {
		add(i)
	}
	return t
}

var gb = Box[int]{items: collect(3)}

func main() {
	fmt.Println(gb.Cap())
}

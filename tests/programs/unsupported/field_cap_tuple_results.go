package main

import "fmt"

type Pair struct {
	a, b []int
}

func split(n int) ([]int, []int) {
	var x, y []int
	for i := 0; i < n; i++ {
		x = append(x, i)
		y = append(y, -i)
	}
	return x, y
}

func main() {
	var p Pair
	p.a, p.b = split(3)
	fmt.Println(cap(p.a), cap(p.b))
	q := &Pair{}
	q.a, q.b = q.b, append(q.a, 1)
	fmt.Println(cap(q.a), cap(q.b))
}

package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Each(f func(T)) {
	for _, it := range l.items {
		f(it)
	}
}

type Printer struct{ n int }

func (p *Printer) Visit(xs []int) { p.n += len(xs) }

//go:noinline
func Visit[V interface{ Visit([]int) }](v V, n int) int {
	var xs []int
	xs = append(xs, n)
	v.Visit(xs)
	return cap(xs)
}

func main() {
	p := &Printer{}
	l := List[int]{items: []int{1, 2}}
	sum := 0
	l.Each(func(i int) { sum += i })
	fmt.Println(Visit(p, 2), p.n, sum)
}

package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Count(s []int) int { return c.n + len(s) }

type Countable interface{ Count([]int) int }

type Box[T Countable] struct{ v T }

func (b *Box[T]) Run() {
	var s []string
	s = append(s, "a")
	n := T.Count(b.v, nil)
	fmt.Println(n, len(s), cap(s))
	var t []int
	t = append(t, 1)
	n = T.Count(b.v, t)
	fmt.Println(n, len(t), cap(t))
}

func main() {
	b := &Box[Counter]{Counter{3}}
	b.Run()
}

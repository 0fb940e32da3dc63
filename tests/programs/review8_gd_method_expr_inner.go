package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Count(s []int) int { return c.n + len(s) }

type Countable interface{ Count([]int) int }

func Inner[T Countable](x T, s []int) int { return T.Count(x, s) }

func main() {
	var s []int
	s = append(s, 1)
	n := Inner(Counter{2}, s)
	fmt.Println(n, len(s), cap(s))
}

package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Count(s []int) int { return c.n + len(s) }

type Countable interface{ Count([]int) int }

func Use[T Countable](x T) {
	var s []int
	s = append(s, 1)
	n := T.Count(x, s)
	fmt.Println(n, len(s), cap(s))
}

func main() { Use(Counter{2}) }

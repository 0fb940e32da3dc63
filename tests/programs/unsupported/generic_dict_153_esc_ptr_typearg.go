package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(s []int) {
	for _, v := range s {
		a.total += v
	}
}

type Adder interface{ Add([]int) }

func Feed[T Adder](a T, n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	a.Add(s)
	a.Add(s)
	a.Add(s)
	return cap(s)
}

func main() {
	a := &Acc{}
	c := Feed(a, 3)
	fmt.Println(a.total, c)
}

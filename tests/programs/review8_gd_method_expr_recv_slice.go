package main

import "fmt"

type L []int

func (l L) Sum() int {
	t := 0
	for _, v := range l {
		t += v
	}
	return t
}

func Show[T interface {
	~[]int
	Sum() int
}]() {
	var s T
	s = append(s, 1)
	fmt.Println(T.Sum(s), len(s), cap(s))
}

func main() { Show[L]() }

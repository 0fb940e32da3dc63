package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(s []int) {
	for _, v := range s {
		a.total += v
	}
}

type Adder[T any] interface {
	*T
	Add([]int)
}

func Sum[T any, PT Adder[T]]() int {
	var acc T
	var s []int
	s = append(s, 1)
	s = append(s, 2)
	PT.Add(&acc, s)
	fmt.Println(len(s), cap(s))
	return 0
}

func main() { Sum[Acc]() }

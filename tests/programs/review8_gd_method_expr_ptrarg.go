package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(s []int) {
	for _, v := range s {
		a.total += v
	}
}

type Adder interface{ Add([]int) }

func Sum[T Adder](a T) {
	var s []int
	s = append(s, 1)
	T.Add(a, s)
	fmt.Println(len(s), cap(s))
}

func main() { Sum(&Acc{}) }

package main

import "fmt"

type U int

func (u U) Use(s []int) int { return len(s) * int(u) }

type User interface{ Use([]int) int }

type Proc[T User] struct{ u T }

//go:noinline
func (p Proc[T]) Run(n int) (int, int) {
	var s []int
	s = append(s, n, n)
	return p.u.Use(s), cap(s)
}

func main() {
	fmt.Println(Proc[U]{3}.Run(5))
}

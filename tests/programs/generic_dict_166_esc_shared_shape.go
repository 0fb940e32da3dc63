package main

import "fmt"

type U int

func (u U) Use(s []int) int { return len(s) }

type V int

func (v V) Use(s []int) int { return cap(s) }

type User interface{ Use([]int) int }

//go:noinline
func F[T User](x T, n int) int {
	var s []int
	s = append(s, n)
	return x.Use(s)*100 + cap(s)
}

func main() {
	fmt.Println(F(U(1), 5), F(V(2), 6))
}

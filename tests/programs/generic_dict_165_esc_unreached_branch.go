package main

import "fmt"

type U int

func (u U) Use(s []int) int { return len(s) }

type User interface{ Use([]int) int }

//go:noinline
func F[T User](x T, n int) int {
	var s []int
	s = append(s, n)
	if n > 100 {
		return x.Use(s)
	}
	return cap(s)
}

func main() {
	fmt.Println(F(U(1), 5))
}

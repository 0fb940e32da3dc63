package main

import "fmt"

// A slice passed to a type parameter's method: gc's shape calls it through the
// dictionary (an unknown function), so the slice's storage escapes.

type U int

func (u U) Use(s []int) int { return len(s) + int(u) }

type User interface{ Use([]int) int }

//go:noinline
func F[T User](x T, n int) int {
	var s []int
	s = append(s, n)
	r := x.Use(s)
	return r*100 + cap(s)
}

func main() {
	fmt.Println(F(U(1), 5))
}

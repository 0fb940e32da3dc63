package main

import "fmt"

// Control: the same as gr_150 without generics (gc calls U.Use directly).

type U int

func (u U) Use(s []int) int { return len(s) + int(u) }

//go:noinline
func F(x U, n int) int {
	var s []int
	s = append(s, n)
	r := x.Use(s)
	return r*100 + cap(s)
}

func main() {
	fmt.Println(F(U(1), 5))
}

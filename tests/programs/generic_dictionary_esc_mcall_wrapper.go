package main

import "fmt"

type U int

func (u U) Use(s []int) int { return len(s) }

func G[T interface{ Use([]int) int }](x T, s []int) int { return x.Use(s) }

func main() {
	s := append([]int(nil), 1)
	fmt.Println(G(U(1), s), cap(s))
}

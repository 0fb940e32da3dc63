package main

import "fmt"

type U int

func (u U) Peek(s []int) int { return s[0] }

type Peeker interface{ Peek([]int) int }

func Look[T Peeker](x T, s []int) int { return x.Peek(s) }

func main() {
	var s []int
	s = append(s, 1)
	t := append(s, 2)
	t[0] = 9
	fmt.Println(Look(U(0), s), s[0], t[0], len(t))
}

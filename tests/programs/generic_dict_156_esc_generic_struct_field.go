package main

import "fmt"

type U int

func (u U) Use(s []int) int { return len(s) }

type User interface{ Use([]int) int }

type Holder[T User] struct{ u T }

func (h Holder[T]) Run(s []int) int { return h.u.Use(s) }

func main() {
	h := Holder[U]{U(3)}
	var s []int
	s = append(s, 1, 2)
	fmt.Println(h.Run(s), len(s), cap(s))
}

package main

import "fmt"

type U int

func (u U) Use(s []int) int { return len(s) }

type User interface{ Use([]int) int }

func Inner[T User](x T, s []int) int { return x.Use(s) + 1 }

func Outer[T User](x T, s []int) int { return Inner(x, s) * 2 }

func main() {
	s := make([]int, 0, 1)
	s = s[:0]
	var t []int
	t = append(t, 7)
	fmt.Println(Outer(U(1), t), cap(t), cap(s))
}

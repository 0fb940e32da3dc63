package main

import "fmt"

type U int

func (u U) Use(s []int) int { return len(s) }

func Apply[T interface{ Use([]int) int }](x T, s []int) int { return x.Use(s) }

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		var s []int
		s = append(s, i)
		total += Apply(U(0), s) + cap(s)
	}
	fmt.Println(total)
}

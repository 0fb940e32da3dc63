package main

import "fmt"

type K struct{}

func (K) Keep(s []int) []int { return s[:1] }

type Keeper interface{ Keep([]int) []int }

//go:noinline
func F[T Keeper](k T, n int) int {
	var s []int
	s = append(s, n)
	t := k.Keep(s)
	return len(t)*100 + cap(s)
}

func main() {
	fmt.Println(F(K{}, 3))
}

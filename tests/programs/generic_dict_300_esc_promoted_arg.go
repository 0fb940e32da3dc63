package main

import "fmt"

// Escape through a dictionary call whose concrete method is promoted.

type In struct{}

func (In) Use(s []int) int { return len(s) }

type Out struct{ In }

//go:noinline
func F[T interface{ Use([]int) int }](x T, n int) int {
	var s []int
	s = append(s, n)
	return x.Use(s)*100 + cap(s)
}

func main() {
	fmt.Println(F(Out{}, 5))
}

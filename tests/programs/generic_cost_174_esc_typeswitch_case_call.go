package main

import "fmt"

type U int

func (u U) Use(s []int) int { return len(s) }

//go:noinline
func F[T any](x T, n int) int {
	var s []int
	s = append(s, n)
	switch v := any(x).(type) {
	case U:
		return v.Use(s)*100 + cap(s)
	}
	return cap(s)
}

func main() {
	fmt.Println(F(U(1), 5))
}

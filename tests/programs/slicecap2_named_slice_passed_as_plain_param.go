package main

import "fmt"

type L []int

//go:noinline
func show(x []int) int { return len(x) }

// Checks cap growth of a named slice type passed to a plain slice parameter.
func main() {
	var s L
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println(show(s))
	_ = s
}

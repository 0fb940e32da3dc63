package main

import "fmt"

// gc: apply costs 85 (not inlined: the literal stays, s captured by reference, cap 1);
// memrun counts 59..59 for it and inlines it (cap 4).
func apply(f func(int), x int) {
	x = x + 1
	x = x + 2
	x = x + 3
	x = x + 4
	x = x + 5
	x = x + 6
	x = x + 7
	x = x + 8
	x = x + 9
	x = x + 10
	x = x + 11
	x = x + 12
	x = x + 13
	f(x)
}

func main() {
	var s []int
	apply(func(x int) { s = append(s, x) }, 1)
	fmt.Println(len(s), cap(s))
}

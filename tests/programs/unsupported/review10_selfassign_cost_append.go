package main

import "fmt"

// gc: grow costs over 80 (not inlined): its append escapes, cap 1.
// memrun (before): counts `x = x + k` as `x += k` (2 less each), copies grow into main.
func grow(s []int, x int) []int {
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
	x = x + 14
	x = x + 15
	x = x + 16
	return append(s, x)
}

func main() {
	var s []int
	s = grow(s, 1)
	fmt.Println(len(s), cap(s))
}

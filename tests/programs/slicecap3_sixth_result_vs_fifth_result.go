package main

import "fmt"

//go:noinline
func six(s []int) (int, int, int, int, int, []int) { return 0, 0, 0, 0, 0, s }

//go:noinline
func five(s []int) (int, int, int, int, []int) { return 0, 0, 0, 0, s }

// Checks capacity of a slice returned as the sixth versus the fifth result.
func main() {
	var s []int
	s = append(s, 1)
	_, _, _, _, _, t := six(s)
	fmt.Println(len(s), cap(s), len(t))
	var u []int
	u = append(u, 1)
	_, _, _, _, v := five(u)
	fmt.Println(len(u), cap(u), len(v))
}

package main

import "fmt"

//go:noinline
func build(n int) []int {
	var s []int
	i := 0
loop:
	s = append(s, i)
	fmt.Print(cap(s), " ")
	i++
	if i < n {
		goto loop
	}
	return s
}

// Checks append growth in a goto loop whose slice is returned.
func main() {
	fmt.Println(build(5))
}

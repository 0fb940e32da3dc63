package main

import "fmt"

type T struct{ s []int }

// Checks capacity of a one-element append whose slice is stored in a struct literal.
func main() {
	var s []int
	s = append(s, 1)
	t := T{s}
	fmt.Println(len(t.s), cap(s))
}

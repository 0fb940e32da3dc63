package main

import "fmt"

type Box struct{ s []int }

// Checks cap after three separate appends to a nil []int that is then assigned to a local struct field.
func main() {
	var s []int
	s = append(s, 1)
	s = append(s, 2)
	s = append(s, 3)
	fmt.Println(len(s), cap(s))
	var b Box
	b.s = s
	fmt.Println(len(b.s))
}

package main

import "fmt"

var sink int
var g []int

type S struct {
	f []int
	n int
}

// Checks cap of two copies of an appended slice made in one short variable declaration.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	a, b := s, s
	fmt.Println(cap(a), cap(b))
}

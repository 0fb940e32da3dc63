package main

import "fmt"

var sink int
var g []int

type S struct {
	f []int
	n int
}

// Checks len and cap of a copy of an appended slice made in a tuple short variable declaration.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	t, n := s, 5
	fmt.Println(len(t), cap(t), n)
}

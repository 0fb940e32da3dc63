package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by an if whose init copies the slice.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	if t := s; len(t) > 3 {
		sink = t[0]
	}
	fmt.Println(len(s))
}

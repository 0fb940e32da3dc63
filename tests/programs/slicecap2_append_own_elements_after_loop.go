package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by appending the slice's own element and length.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	s = append(s, s[0], len(s))
	_ = s
	fmt.Println(len(s))
}

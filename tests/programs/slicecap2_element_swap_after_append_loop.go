package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a tuple swap of two elements.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	s[0], s[1] = s[1], s[0]
	_ = s
	fmt.Println(len(s))
}

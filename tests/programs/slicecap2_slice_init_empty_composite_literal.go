package main

import "fmt"

var sink int

// Checks cap growth in an append loop on a slice initialized with an empty composite literal.
func main() {
	s := []int{}
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	_ = s
	fmt.Println(len(s))
}

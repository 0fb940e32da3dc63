package main

import "fmt"

// Checks cap growth in an append loop preceded by a blank assignment of the slice.
func main() {
	var s []int
	_ = s
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
}

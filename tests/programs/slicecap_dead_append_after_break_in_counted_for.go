package main

import "fmt"

// Checks cap when an unreachable append follows break in a three-clause for loop.
func main() {
	var s []int
	for i := 0; i < 1; i++ {
		break
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

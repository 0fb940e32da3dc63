package main

import "fmt"

// Checks cap growth in an append loop in a function with a deferred print.
func main() {
	defer fmt.Println("bye")
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	t := s
	fmt.Println(cap(t))
}

package main

import "fmt"

// Checks cap growth in an append loop preceded by a copy of the nil slice that is read.
func main() {
	var s []int
	t := s
	fmt.Println(len(t))
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
}

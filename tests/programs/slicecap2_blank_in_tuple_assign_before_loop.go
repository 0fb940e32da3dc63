package main

import "fmt"

// Checks cap growth in an append loop preceded by a tuple assignment of the slice to the blank identifier.
func main() {
	var s []int
	var n int
	_, n = s, 5
	fmt.Println(n)
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
}

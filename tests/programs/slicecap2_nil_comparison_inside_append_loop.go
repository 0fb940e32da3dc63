package main

import "fmt"

// Checks cap growth in an append loop that compares the slice with nil each iteration.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		if s == nil {
			fmt.Println("nil")
		}
		fmt.Print(cap(s), " ")
	}
	_ = s
	fmt.Println()
}

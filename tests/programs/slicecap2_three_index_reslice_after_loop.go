package main

import "fmt"

// Checks cap growth in an append loop followed by a three-index reslice of the slice.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	s = s[0:5:5]
	_ = s
	fmt.Println()
}

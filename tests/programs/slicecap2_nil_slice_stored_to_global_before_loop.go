package main

import "fmt"

var g []int

// Checks cap growth in an append loop after the nil slice is stored to a global.
func main() {
	var s []int
	g = s
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
}

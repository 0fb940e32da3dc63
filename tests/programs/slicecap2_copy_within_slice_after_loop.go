package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by copying the slice onto its own tail.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	copy(s[1:], s)
	_ = s
	fmt.Println(len(s))
}

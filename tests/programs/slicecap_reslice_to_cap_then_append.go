package main

import "fmt"

// Checks cap after a single append when the slice is resliced to its capacity, printed, and appended to again.
func main() {
	var s []int
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
	fmt.Println(s[:cap(s)])
	s = s[:cap(s)]
	s = append(s, 7)
	fmt.Println(len(s), cap(s))
}

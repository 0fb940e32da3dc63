package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a chained reslice.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	s = s[:4][:3]
	_ = s
	fmt.Println(len(s))
}

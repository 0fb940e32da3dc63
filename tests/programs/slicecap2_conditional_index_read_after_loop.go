package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a conditional read of the last element.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	if len(s) > 0 && cap(s) > 0 {
		sink = s[len(s)-1]
	}
	_ = s
	fmt.Println(len(s))
}

package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a range-over-int loop reading elements.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	for i := range len(s) {
		sink += s[i]
	}
	_ = s
	fmt.Println(len(s))
}

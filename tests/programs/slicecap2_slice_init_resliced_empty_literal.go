package main

import "fmt"

var sink int

// Checks cap growth in an append loop on a slice initialized by reslicing an empty literal.
func main() {
	var s = []int{}[:0]
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	_ = s
	fmt.Println(len(s))
}

package main

import "fmt"

var sink int

// Checks cap growth in an append loop on an empty slice of a local array.
func main() {
	var arr [4]int
	s := arr[:0]
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	_ = s
	fmt.Println(len(s))
}

package main

import "fmt"

var sink int

// Checks cap growth in an append loop on a slice declared together with another appended slice.
func main() {
	var s, t []int
	t = append(t, 1)
	sink = t[0]
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	_ = s
	fmt.Println(len(s))
}

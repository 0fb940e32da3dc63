package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a slice to array conversion.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	a := [2]int(s)
	sink = a[0]
	_ = s
	fmt.Println(len(s))
}

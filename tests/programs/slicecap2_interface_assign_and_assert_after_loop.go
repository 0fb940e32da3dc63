package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by storing the slice in an interface and asserting it back.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	var x any
	x = s
	sink = len(x.([]int))
	fmt.Println(len(s))
}

package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a tuple-assigned copy read only inside for false.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	var n int
	var t []int
	t, n = s, 1
	sink = n
	for false {
		sink = len(t)
	}
	fmt.Println(len(s))
}

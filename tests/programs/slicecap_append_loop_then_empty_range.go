package main

import "fmt"

// Checks cap after three appends in a loop when the slice is later ranged over with an empty body.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s))
	for range s {
	}
}

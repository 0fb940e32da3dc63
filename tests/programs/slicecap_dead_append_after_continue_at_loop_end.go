package main

import "fmt"

// Checks cap when an unreachable append follows an unconditional continue at the end of a loop body.
func main() {
	var s []int
	for i := 0; i < 4; i++ {
		if i >= 2 {
			s = append(s, i)
			fmt.Println(len(s), cap(s))
		}
		continue
		s = append(s, -1)
	}
	fmt.Println(len(s), cap(s))
}

package main

import "fmt"

// Checks cap growth of a loop-appended slice that is finally assigned to the blank identifier.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	_ = s
}

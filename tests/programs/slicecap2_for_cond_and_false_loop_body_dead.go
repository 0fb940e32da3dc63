package main

import (
	"fmt"
	"os"
)

// Checks appends in for loops whose conditions are statically false through && false.
func main() {
	x := len(os.Args) > 100
	var s []int
	for i := 0; i < 3 && false; i++ {
		s = append(s, 1)
	}
	for x && false {
		s = append(s, 3)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

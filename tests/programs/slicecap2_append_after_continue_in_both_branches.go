package main

import (
	"fmt"
	"os"
)

// Checks an unreachable append after an if whose branches both continue.
func main() {
	x := len(os.Args) > 100
	var s []int
	for i := 0; i < 1; i++ {
		if x {
			continue
		} else {
			continue
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

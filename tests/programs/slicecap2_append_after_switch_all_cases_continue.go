package main

import (
	"fmt"
	"os"
)

// Checks an unreachable append after a switch whose case and default both continue.
func main() {
	n := len(os.Args)
	var s []int
	for i := 0; i < 1; i++ {
		switch {
		case n > 100:
			continue
		default:
			continue
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

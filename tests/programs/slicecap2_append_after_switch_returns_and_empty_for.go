package main

import (
	"fmt"
	"os"
)

// Checks unreachable appends after a switch whose clauses all return and after an empty infinite for.
func main() {
	n := len(os.Args)
	var s []int
	if n > 100 {
		switch {
		case n > 200:
			return
		default:
			return
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	var t []int
	if n > 100 {
		for {
		}
		t = append(t, 1)
	}
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
}

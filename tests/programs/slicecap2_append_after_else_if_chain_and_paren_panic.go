package main

import (
	"fmt"
	"os"
)

// Checks unreachable appends after an if-else-if chain of returns and panics and after a parenthesized panic.
func main() {
	n := len(os.Args)
	var s []int
	if n > 100 {
		if n > 200 {
			return
		} else if n > 300 {
			panic(1)
		} else {
			return
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	var t []int
	if n > 100 {
		(panic("x"))
		t = append(t, 1)
	}
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
}

package main

import (
	"fmt"
	"os"
)

// Checks an append after a continue guarded by a non-constant always-true condition.
func main() {
	x := len(os.Args) > 100
	var s []int
	for i := 0; i < 1; i++ {
		switch {
		case x:
		}
		if !x || x {
			continue
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

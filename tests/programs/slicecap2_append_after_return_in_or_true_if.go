package main

import (
	"fmt"
	"os"
)

// Checks an unreachable append after an if with an || true condition that returns.
func main() {
	x := len(os.Args) > 100
	var s []int
	if len(os.Args) > 100 {
		if x || true {
			return
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

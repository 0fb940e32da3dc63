package main

import (
	"fmt"
	"os"
)

// Checks capacity when a dead append follows an if/else that panics or returns.
func main() {
	var s []int
	n := len(os.Args)
	if n > 100 {
		if n > 200 {
			panic(1)
		} else {
			return
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

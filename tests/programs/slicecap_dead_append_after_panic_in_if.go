package main

import (
	"fmt"
	"os"
)

// Checks cap when an unreachable append follows panic inside a runtime-false if.
func main() {
	var s []int
	if len(os.Args) > 100 {
		panic("too many")
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

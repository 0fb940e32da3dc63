package main

import (
	"fmt"
	"os"
)

// Checks cap when an unreachable append follows return inside a runtime-false if.
func main() {
	var s []int
	if len(os.Args) > 50 {
		fmt.Println("many")
		return
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

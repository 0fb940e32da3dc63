package main

import (
	"fmt"
	"os"
)

// Checks an append inside an if whose condition is statically false through && false.
func main() {
	x := len(os.Args) > 100
	var s []int
	if x && false {
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

package main

import (
	"fmt"
	"os"
)

// Checks an append in the else branch of an if whose condition is statically true through || true.
func main() {
	x := len(os.Args) > 100
	var s []int
	if x || true {
	} else {
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

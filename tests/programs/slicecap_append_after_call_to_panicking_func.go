package main

import (
	"fmt"
	"os"
)

func die(msg string) {
	panic(msg)
}

// Checks cap when the first append site follows a call to a user function that always panics.
func main() {
	var s []int
	if len(os.Args) > 100 {
		die("too many")
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

package main

import (
	"fmt"
	"os"
)

// Checks an unreachable append after an empty select statement.
func main() {
	var s []int
	if len(os.Args) > 100 {
		select {}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

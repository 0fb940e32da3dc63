package main

import (
	"fmt"
	"os"
)

// Checks cap when a later switch case expression contains an append that is never evaluated because the first case appends.
func main() {
	var s []int
	switch {
	case len(os.Args) > 0:
		s = append(s, 1)
	case len(append(s, 2)) > 5:
		fmt.Println("never")
	}
	fmt.Println(len(s), cap(s))
}

package main

import (
	"fmt"
	"os"
)

// Checks capacity when a dead append follows a switch whose cases all panic.
func main() {
	var s []int
	if len(os.Args) > 100 {
		switch len(os.Args) {
		case 101:
			panic(1)
		default:
			panic(2)
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

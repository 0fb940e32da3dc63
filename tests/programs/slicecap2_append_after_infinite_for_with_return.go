package main

import (
	"fmt"
	"os"
)

//go:noinline
func f(n int) int {
	var s []int
	if n > 100 {
		for {
			if n > 200 {
				return 1
			}
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	return cap(s)
}

// Checks an unreachable append after an infinite for loop that can only return, in a noinline function.
func main() {
	fmt.Println(f(len(os.Args)))
}

package main

import (
	"fmt"
	"os"
)

// Checks unreachable appends after break, os.Exit and a deferred print followed by panic.
func main() {
	n := len(os.Args)
	var s []int
	for i := 0; i < 1; i++ {
		if n > 100 {
			break
			s = append(s, 1)
		}
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	var t []int
	if n > 100 {
		os.Exit(3)
		t = append(t, 1)
	}
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
	var u []int
	if n > 100 {
		defer fmt.Println()
		panic("x")
		u = append(u, 1)
	}
	u = append(u, 2)
	fmt.Println(len(u), cap(u))
}

package main

import (
	"fmt"
	"os"
)

// Checks switches on a constant tag whose case lists mix constants and a variable, and a default before the match.
func main() {
	n := len(os.Args)
	var s []int
	switch 2 {
	case 1:
		s = append(s, 1)
	case 2, n:
		s = append(s, 2)
		s = append(s, 2)
	}
	fmt.Println(len(s), cap(s))
	var t []int
	switch 1 {
	case 2, n:
		t = append(t, 1)
	case 1:
	}
	t = append(t, 5)
	fmt.Println(len(t), cap(t))
	var u []int
	switch 1 {
	default:
		u = append(u, 1)
	case 1:
	}
	u = append(u, 5)
	fmt.Println(len(u), cap(u))
}

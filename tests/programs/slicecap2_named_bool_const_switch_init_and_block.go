package main

import (
	"fmt"
	"os"
)

type Bool bool

const debug Bool = false

// Checks appends guarded by a named bool constant, a switch with an init statement, and a block that returns.
func main() {
	n := len(os.Args)
	var s []int
	if debug {
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	var t []int
	switch x := 2; x {
	case 1:
		t = append(t, 1)
	}
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
	var u []int
	if n > 100 {
		{
			return
		}
		u = append(u, 1)
	}
	u = append(u, 2)
	fmt.Println(len(u), cap(u))
}

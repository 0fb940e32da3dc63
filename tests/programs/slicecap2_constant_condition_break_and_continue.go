package main

import (
	"fmt"
	"os"
)

// Checks appends after an || true break and an && false else-continue inside loops.
func main() {
	x := len(os.Args) > 100
	var s []int
	for i := 0; i < 1; i++ {
		if x || true {
			break
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	var t []int
	for i := 0; i < 1; i++ {
		if x && false {
		} else {
			continue
		}
		t = append(t, 1)
	}
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
}

package main

import (
	"fmt"
	"os"
)

// Checks appends inside range-over-zero, range-over-empty-slice and zero-iteration for loops.
func main() {
	var s []int
	for range 0 {
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	var t []int
	for range []int{} {
		t = append(t, 1)
	}
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
	var u []int
	for i := 0; i < 0; i++ {
		u = append(u, 1)
	}
	u = append(u, 2)
	fmt.Println(len(u), cap(u), len(os.Args) > 0)
}

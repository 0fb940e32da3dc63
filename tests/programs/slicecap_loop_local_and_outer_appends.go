package main

import "fmt"

// Checks cap of a loop-local and an outer slice appended in the same loop, and of a conditionally appended loop-local literal.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		var t []int
		t = append(t, i)
		fmt.Println("t", i, cap(t))
		s = append(s, i)
		fmt.Println("s", i, cap(s))
	}
	for i := 0; i < 3; i++ {
		u := []int{}
		if i == 1 {
			u = append(u, 1)
		}
		u = append(u, 2)
		fmt.Println("u", i, len(u), cap(u))
	}
}

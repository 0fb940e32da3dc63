package main

import "fmt"

const n = 0
const dbg = 0

// Checks cap when the first append site is under a zero-trip constant loop or constant-false or constant-true conditions.
func main() {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	var t []int
	if len([3]int{}) > 5 {
		t = append(t, 1)
	}
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
	var u []int
	if dbg > 0 {
		u = append(u, 1)
	}
	u = append(u, 2)
	fmt.Println(len(u), cap(u))
	var w []int
	if len("abc") == 3 {
		w = append(w, 2)
	} else {
		w = append(w, 1)
	}
	fmt.Println(len(w), cap(w))
}

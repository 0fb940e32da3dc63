package main

import "fmt"

//go:noinline
func six(s []*int) (a, b, c, d, e int, f *int) { return 0, 0, 0, 0, 0, s[0] }

// Checks capacity of a []*int whose element comes back as a sixth result.
func main() {
	x := 9
	var s []*int
	s = append(s, &x)
	_, _, _, _, _, p := six(s)
	fmt.Println(len(s), cap(s), *p)
}

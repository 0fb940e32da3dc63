package main

import "fmt"

// Checks cap when an append with no values, a blank-assigned append or an append inside len() precedes the real append.
func main() {
	var s []int
	s = append(s)
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
	var t []int
	_ = append(t, 1)
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
	var u []int
	n := len(append(u, 1, 2))
	u = append(u, 3)
	fmt.Println(n, len(u), cap(u))
}

package main

import "fmt"

// Checks capacity of a slice stored through a pointer to another slice variable.
func main() {
	var s []int
	s = append(s, 1)
	var t []int
	p := &t
	*p = s
	fmt.Println(len(t), len(s), cap(s))
}

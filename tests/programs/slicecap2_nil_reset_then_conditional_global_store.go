package main

import "fmt"

var g []int

// Checks cap of appended slices reset to nil or copied, whose other uses sit under a condition false at run time.
func main() {
	var s []int
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
	s = nil
	if len(g) > 100 {
		g = s
	}
	var t []int
	t = append(t, 1)
	fmt.Println(len(t), cap(t))
	u := t
	if len(g) > 100 {
		fmt.Println(u)
	}
}

package main

import "fmt"

// Checks cap when a discarded append (blank tuple assignment, if condition, call argument) precedes the real append.
func main() {
	var t []int
	_, _ = append(t, 1), 0
	t = append(t, 2)
	fmt.Println(len(t), cap(t))
	var u []int
	if len(append(u, 1)) > 5 {
		fmt.Println("no")
	}
	u = append(u, 2)
	fmt.Println(len(u), cap(u))
	var w []int
	fmt.Println(len(append(w, 1)))
	w = append(w, 2)
	fmt.Println(len(w), cap(w))
}

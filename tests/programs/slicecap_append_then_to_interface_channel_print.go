package main

import "fmt"

// Checks cap of single-append slices later converted to any, sent on a channel, or printed via a subslice.
func main() {
	var s []int
	s = append(s, 1)
	var x any = s
	_ = x
	fmt.Println(len(s), cap(s))
	var t []int
	t = append(t, 1)
	ch := make(chan []int, 1)
	ch <- t
	fmt.Println(len(t), cap(t), len(<-ch))
	var u []int
	u = append(u, 1)
	fmt.Println(u[0], len(u), cap(u))
	fmt.Println(u[:1])
}

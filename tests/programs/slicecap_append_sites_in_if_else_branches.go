package main

import (
	"fmt"
	"os"
)

// Checks cap when append sites sit in a runtime if, after continue, and in both branches of an if/else inside a loop.
func main() {
	var s []int
	if len(os.Args) > 5 {
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	var t []int
	for i := 0; i < 3; i++ {
		if i == 0 {
			continue
		}
		t = append(t, i)
		fmt.Println(len(t), cap(t))
	}
	var u []int
	for i := 0; i < 3; i++ {
		if i > 0 {
			u = append(u, i)
		} else {
			u = append(u, 10*i)
		}
		fmt.Println("u", len(u), cap(u))
	}
	var v []int
	for i := 0; i < 3; i++ {
		if i == 0 {
			v = append(v, i)
		} else {
			v = append(v, 10*i)
		}
		fmt.Println("v", len(v), cap(v))
	}
}

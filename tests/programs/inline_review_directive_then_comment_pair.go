package main

import "fmt"

//go:noinline
/* c */ // returns the capacity of a fresh one-element slice
func c() int {
	var s []int
	s = append(s, 1)
	return cap(s)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(c())
	}
}

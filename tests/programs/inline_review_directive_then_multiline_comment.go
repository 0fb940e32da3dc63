package main

import "fmt"

//go:noinline
/* one
two /* three */
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

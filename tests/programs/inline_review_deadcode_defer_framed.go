package main

import "fmt"

const debug = false

func c() int {
	if debug {
		defer fmt.Println("x")
	}
	var s []int
	s = append(s, 1)
	return cap(s)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(c())
	}
}

package main

import "fmt"

var doc = `a raw string
//go:noinline
//`

func c() int {
	var s []int
	s = append(s, 1)
	return cap(s)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(c(), len(doc))
	}
}

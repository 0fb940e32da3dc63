package main

import "fmt"

var last []int

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	last = s
	return s
}

func main() {
	for n := 1; n < 6; n++ {
		r := build(n)
		fmt.Println(n, len(r), cap(r))
	}
}

package main

import "fmt"

func add(p []int, v int) []int {
	return append(p, v)
}

func addTwo(p []int) []int {
	p = append(p, 1)
	p = append(p, 2)
	return p
}

func main() {
	a := add(nil, 1)
	fmt.Println(len(a), cap(a))
	b := add(make([]int, 0, 5), 2)
	fmt.Println(len(b), cap(b))
	c := addTwo(nil)
	fmt.Println(len(c), cap(c))
	d := addTwo([]int{7})
	fmt.Println(len(d), cap(d))
}

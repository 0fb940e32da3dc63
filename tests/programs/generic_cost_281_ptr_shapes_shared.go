package main

import "fmt"

type node struct{ v int }

func Ptrs[T any](xs ...T) []T {
	var s []T
	s = append(s, xs...)
	return s
}

func main() {
	a := Ptrs(new(int))
	b := Ptrs(&node{1}, &node{2})
	c := Ptrs(new(string), new(string), new(string))
	fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c))
}

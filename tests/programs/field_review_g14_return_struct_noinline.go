package main

import "fmt"

type S struct{ items []int }

//go:noinline
func build(n int) S {
	var s S
	for i := 0; i < n; i++ {
		s.items = append(s.items, i)
	}
	return s
}

func main() {
	s := build(3)
	fmt.Println(cap(s.items))
}

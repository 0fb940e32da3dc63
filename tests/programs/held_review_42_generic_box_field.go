package main

import "fmt"

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

type Box[T any] struct {
	v T
}

func main() {
	b := Box[[]int]{v: build(3)}
	bs := []Box[[]int]{b}
	fmt.Println(len(bs[0].v), cap(bs[0].v))
}

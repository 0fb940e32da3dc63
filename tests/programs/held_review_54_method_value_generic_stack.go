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

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	var st Stack[[]int]
	st.Push(build(3))
	st.Push(build(5))
	for _, r := range st.items {
		fmt.Println(len(r), cap(r))
	}
}

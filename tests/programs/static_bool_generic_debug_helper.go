package main

import "fmt"

const verbose = false

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	var ids []int
	var st Stack[int]
	st.Push(1)
	ids = append(ids, 10)
	if len(st.items) > 100 && verbose {
		fmt.Println("ids so far:", ids)
	}
	fmt.Println(len(ids), cap(ids), len(st.items), cap(st.items))
}

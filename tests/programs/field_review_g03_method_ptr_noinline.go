package main

import "fmt"

type Stack struct{ items []int }

//go:noinline
func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func main() {
	var st Stack
	st.Push(1)
	st.Push(2)
	st.Push(3)
	fmt.Println(cap(st.items))
}

package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func main() {
	var st Stack
	push := st.Push
	push(1)
	push(2)
	fmt.Println(cap(st.items))
}

package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func run() {
	var st Stack
	defer func() { fmt.Println(cap(st.items)) }()
	defer st.Push(3)
	st.Push(1)
}

func main() { run() }

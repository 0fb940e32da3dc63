package main

import "fmt"

type Pusher interface{ Push(int) }
type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func main() {
	var st Stack
	var p Pusher = &st
	p.Push(1)
	p.Push(2)
	fmt.Println(cap(st.items))
}

package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s Stack) Len() int { return len(s.items) }

func main() {
	var s Stack
	s.push(3)
	fmt.Println(s.len(), s.Len())
}

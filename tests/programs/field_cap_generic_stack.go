package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	var a Stack[int]
	var b Stack[string]
	for i := 0; i < 6; i++ {
		a.Push(i)
		b.Push(fmt.Sprint(i))
		fmt.Println(cap(a.items), cap(b.items))
	}
	fmt.Println(a.Pop(), b.Pop(), cap(a.items))
}

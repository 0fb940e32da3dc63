package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) Empty() bool { return s.Len() == 0 }

func balanced(expr string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Empty()
}

func main() {
	s := &Stack[int]{}
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len())
	top, _ := s.Peek()
	fmt.Println("peek", top)
	for !s.Empty() {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println(ok)
	var ss Stack[string]
	ss.Push("a")
	ss.Push("b")
	fmt.Printf("%v %+v\n", ss, ss)
	fmt.Println(balanced("{[()()]}"), balanced("([)]"), balanced("(("))
}

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }
func (s Stack[T]) Cap() int { return cap(s.items) }

func balanced(expr string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

type Frame struct {
	Fn   string
	Line int
}

func main() {
	var s Stack[int]
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
		fmt.Printf("push %2d len=%d cap=%d\n", i*i, s.Len(), s.Cap())
	}
	for s.Len() > 2 {
		v, _ := s.Pop()
		fmt.Printf("pop %2d len=%d cap=%d\n", v, s.Len(), s.Cap())
	}
	top, ok := s.Peek()
	fmt.Println("peek", top, ok)
	s.Pop()
	s.Pop()
	_, err := s.Pop()
	fmt.Println("err:", err)
	_, ok = s.Peek()
	fmt.Println("peek empty", ok, s.Len(), s.Cap())

	for _, e := range []string{"{[()]}", "([)]", "((", "", "a(b)c[d]{e}", "}"} {
		fmt.Printf("%-12q %v\n", e, balanced(e))
	}
	fs := &Stack[Frame]{}
	fs.Push(Frame{"main", 10})
	fs.Push(Frame{"parse", 42})
	fs.Push(Frame{"lex", 7})
	var sb strings.Builder
	for fs.Len() > 0 {
		f, _ := fs.Pop()
		fmt.Fprintf(&sb, "%s:%d\n", f.Fn, f.Line)
	}
	fmt.Print(sb.String())
	ss := Stack[string]{items: make([]string, 0, 2)}
	ss.Push("x")
	ss.Push("y")
	ss.Push("z")
	fmt.Println(ss.items, ss.Len(), ss.Cap())
}

package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("stack empty")
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

type Queue struct {
	data []string
}

func (q *Queue) Enqueue(s ...string) { q.data = append(q.data, s...) }
func (q *Queue) Dequeue() (string, bool) {
	if len(q.data) == 0 {
		return "", false
	}
	v := q.data[0]
	q.data = q.data[1:]
	return v, true
}
func (q Queue) Len() int { return len(q.data) }

func balanced(s string) bool {
	var st Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
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
	_, ok := st.Peek()
	return !ok
}

func main() {
	var s Stack[int]
	for i := range 5 {
		s.Push(i * 10)
	}
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for _, t := range []string{"(a[b]{c})", "((]", "{[()()]}", "(", ""} {
		fmt.Printf("%-12q balanced=%v\n", t, balanced(t))
	}
	var q Queue
	q.Enqueue("alice", "bob")
	q.Enqueue("carol")
	fmt.Println(q.Len(), q)
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Println("serving", v)
	}
	_, ok := q.Dequeue()
	fmt.Println(ok, q.data == nil, len(q.data))
	fmt.Printf("%v %+v\n", s, s)
}

package main

import "fmt"

type Stack interface {
	Push(v any)
	Pop() (any, bool)
	Len() int
}

type SliceStack struct{ items []any }

func (s *SliceStack) Push(v any) { s.items = append(s.items, v) }
func (s *SliceStack) Pop() (any, bool) {
	if len(s.items) == 0 {
		return nil, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *SliceStack) Len() int { return len(s.items) }

type node struct {
	v    any
	next *node
}

type ListStack struct {
	head *node
	n    int
}

func (l *ListStack) Push(v any) { l.head = &node{v, l.head}; l.n++ }
func (l *ListStack) Pop() (any, bool) {
	if l.head == nil {
		return nil, false
	}
	v := l.head.v
	l.head = l.head.next
	l.n--
	return v, true
}
func (l *ListStack) Len() int { return l.n }

func exercise(s Stack) {
	for _, v := range []any{1, "two", 3.0, nil, []int{5}} {
		s.Push(v)
	}
	fmt.Printf("%T len=%d\n", s, s.Len())
	sum := 0
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		switch x := v.(type) {
		case int:
			sum += x
		case float64:
			sum += int(x)
		case []int:
			sum += x[0]
		}
		fmt.Printf("  pop %v (%T)\n", v, v)
	}
	_, ok := s.Pop()
	fmt.Println("  sum", sum, "empty pop ok:", ok, "len", s.Len())
}

func main() {
	impls := []Stack{&SliceStack{}, &ListStack{}}
	for _, s := range impls {
		exercise(s)
	}
	var s Stack = &ListStack{}
	s.Push(s)
	top, _ := s.Pop()
	fmt.Println("pushed itself:", top == s, top.(Stack).Len())
}

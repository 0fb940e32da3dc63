package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(v T) { out.Push(f(v)) })
	return out
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	x, ok := s.Pop()
	fmt.Println(x, ok, s.Len())
	fmt.Printf("%T %v %+v\n", s, s, s)
	p := Pair[string, int]{"x", 1}
	fmt.Println(p)
	fmt.Printf("%T %v\n", p, []Pair[string, int]{p, {"y", 2}})
	var l List[int]
	l.Push(1)
	l.Push(2)
	m := MapList(&l, func(i int) string { return strings.Repeat("*", i) })
	m.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println(m.size)
	set := Set[string]{}
	set.Add("go")
	fmt.Println(set.Has("go"), set.Has("rust"), len(set))
	fmt.Printf("%T\n", set)
	ps := &Stack[float64]{}
	ps.Push(1.5)
	fmt.Println(ps.Len(), *ps)
}

package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	head *node[T]
	len  int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.len++
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v}
	l.len++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.next != nil {
		cur = cur.next
	}
	cur.next = n
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) All() func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	var l List[int]
	for i := 1; i <= 5; i++ {
		l.PushBack(i * i)
	}
	l.PushFront(0)
	fmt.Println(l.String(), l.len)
	l.Reverse()
	fmt.Println(&l)
	for i, v := range l.All() {
		if i == 3 {
			break
		}
		fmt.Println(i, v)
	}
	var s List[string]
	s.PushBack("go")
	s.PushBack("is")
	s.PushFront("well,")
	s.PushBack("fun")
	fmt.Println(s.String())
	var e List[float64]
	fmt.Println(e.String(), e.len, e.head == nil)
	fmt.Printf("%T %T\n", l, s.head)
}

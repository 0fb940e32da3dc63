package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) Push(v T) {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *List[T]) Len() int { return l.size }

func (l *List[T]) All() []T {
	out := make([]T, 0, l.size)
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	l.tail = l.head
	for n := l.head; n != nil; {
		next := n.next
		n.next = prev
		prev, n = n, next
	}
	l.head = prev
}

func FromSlice[T any](xs []T) *List[T] {
	l := new(List[T])
	for _, x := range xs {
		l.Push(x)
	}
	return l
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	l.Each(func(_ int, v T) { out.Push(f(v)) })
	return out
}

func main() {
	var l List[int]
	for i := 0; i < 5; i++ {
		l.Push(i * 3)
	}
	fmt.Println(l.Len(), l.All())
	l.Reverse()
	fmt.Println(l.All())
	l.Push(100)
	fmt.Println(l.All(), l.Len())
	s := FromSlice(strings.Fields("the quick brown fox"))
	s.Each(func(i int, w string) { fmt.Printf("%d:%s ", i, w) })
	fmt.Println()
	lens := MapList(s, func(w string) int { return len(w) })
	fmt.Println(lens.All())
	fmt.Printf("%T %T\n", lens, *lens)
	var e List[bool]
	fmt.Println(e.All(), e.Len())
}

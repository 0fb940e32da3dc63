package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) PushFront(v int) {
	l.Head = &Node{v, l.Head}
	l.Len++
}

func (l *List) Append(v int) {
	n := &Node{Val: v}
	l.Len++
	if l.Head == nil {
		l.Head = n
		return
	}
	cur := l.Head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.Head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.Head = prev
}

func (l *List) RemoveIf(pred func(int) bool) int {
	removed := 0
	pp := &l.Head
	for *pp != nil {
		if pred((*pp).Val) {
			*pp = (*pp).Next
			removed++
			l.Len--
		} else {
			pp = &(*pp).Next
		}
	}
	return removed
}

func (l *List) ToSlice() []int {
	out := make([]int, 0, l.Len)
	for n := l.Head; n != nil; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

func (l List) String() string {
	var sb strings.Builder
	for n := l.Head; n != nil; n = n.Next {
		fmt.Fprintf(&sb, "%d -> ", n.Val)
	}
	sb.WriteString("nil")
	return sb.String()
}

func main() {
	var l List
	for i := 1; i <= 4; i++ {
		l.Append(i * 3)
	}
	l.PushFront(0)
	fmt.Println(l, l.Len)
	l.Reverse()
	fmt.Println(l)
	n := l.RemoveIf(func(v int) bool { return v%2 == 0 })
	fmt.Println("removed", n, l, l.Len)
	s := l.ToSlice()
	fmt.Println(s, len(s), cap(s))
	n = l.RemoveIf(func(int) bool { return true })
	fmt.Println("removed", n, l, l.Len, l.Head == nil)
	var empty *Node
	fmt.Println(empty == nil, List{}.String())
	a := &Node{1, nil}
	b := &Node{2, a}
	c := *b
	c.Val = 20
	c.Next.Val = 10
	fmt.Println(b.Val, b.Next.Val, c.Val, a.Val)
}

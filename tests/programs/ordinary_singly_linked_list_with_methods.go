// Singly linked list with methods
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
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{Val: v, Next: l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	if l.head == nil {
		return false
	}
	if l.head.Val == v {
		l.head = l.head.Next
		l.size--
		return true
	}
	for cur := l.head; cur.Next != nil; cur = cur.Next {
		if cur.Next.Val == v {
			cur.Next = cur.Next.Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for cur := l.head; cur != nil; cur = cur.Next {
		if cur != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprintf(&sb, "%d", cur.Val)
	}
	sb.WriteString("]")
	return sb.String()
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(3), l.Remove(42), l.Remove(5))
	fmt.Println(l, l.size)
}

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) PushFront(v int) {
	l.Head = &Node{Val: v, Next: l.Head}
	l.Len++
}

func (l *List) PushBack(v int) {
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

func (l *List) Remove(v int) bool {
	var prev *Node
	for cur := l.Head; cur != nil; cur = cur.Next {
		if cur.Val == v {
			if prev == nil {
				l.Head = cur.Next
			} else {
				prev.Next = cur.Next
			}
			l.Len--
			return true
		}
		prev = cur
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.Head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.Head = prev
}

func (l List) String() string {
	s := "["
	for n := l.Head; n != nil; n = n.Next {
		if n != l.Head {
			s += " -> "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func (l *List) Sum() int {
	total := 0
	for n := l.Head; n != nil; n = n.Next {
		total += n.Val
	}
	return total
}

func middle(l *List) *Node {
	slow, fast := l.Head, l.Head
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
	}
	return slow
}

func main() {
	var l List
	fmt.Println(l.String(), l.Len, l.Head == nil)
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println(l.String(), l.Len, l.Sum())
	fmt.Println("middle:", middle(&l).Val)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(5))
	fmt.Println(l.String(), l.Len)
	l.Reverse()
	fmt.Println(l.String(), l.Head.Val, l.Head.Next.Val)
	n := l.Head.Next.Next
	n.Val = -1
	fmt.Println(l.String(), *n.Next, n.Next.Next == nil)

	lp := &List{}
	lp.PushFront(1)
	lp.PushFront(2)
	lp.Reverse()
	fmt.Println(lp.String(), lp.Sum(), middle(lp).Val)
	for lp.Head != nil {
		lp.Remove(lp.Head.Val)
	}
	fmt.Println(lp.String(), lp.Len)
}

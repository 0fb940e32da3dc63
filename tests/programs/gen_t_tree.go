package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	root *treeNode[T]
	less func(a, b T) bool
	size int
}

type treeNode[T any] struct {
	val         T
	left, right *treeNode[T]
}

func NewTree[T any](less func(a, b T) bool) *Tree[T] {
	return &Tree[T]{less: less}
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch {
		case t.less(v, (*p).val):
			p = &(*p).left
		case t.less((*p).val, v):
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &treeNode[T]{val: v}
	t.size++
	return true
}

func (t *Tree[T]) Contains(v T) bool {
	n := t.root
	for n != nil {
		if t.less(v, n.val) {
			n = n.left
		} else if t.less(n.val, v) {
			n = n.right
		} else {
			return true
		}
	}
	return false
}

func (n *treeNode[T]) walk(f func(T)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.val)
	n.right.walk(f)
}

func (n *treeNode[T]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func (t *Tree[T]) InOrder() []T {
	var out []T
	t.root.walk(func(v T) { out = append(out, v) })
	return out
}

func main() {
	t := NewTree(func(a, b int) bool { return a < b })
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		fmt.Print(t.Insert(v), " ")
	}
	fmt.Println()
	fmt.Println(t.InOrder(), t.size, t.root.height())
	fmt.Println(t.Contains(60), t.Contains(65))
	ws := NewTree(func(a, b string) bool { return strings.ToLower(a) < strings.ToLower(b) })
	for _, w := range strings.Fields("Banana apple Cherry APPLE date") {
		ws.Insert(w)
	}
	fmt.Println(ws.InOrder(), ws.size)
	rev := NewTree(func(a, b float64) bool { return a > b })
	rev.Insert(1.5)
	rev.Insert(3)
	rev.Insert(-2)
	fmt.Println(rev.InOrder())
}

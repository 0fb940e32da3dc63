package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Left, Right *Node
}

type BST struct {
	Root *Node
	size int
}

func (t *BST) Insert(k int) {
	t.size++
	p := &t.Root
	for *p != nil {
		if k < (*p).Key {
			p = &(*p).Left
		} else {
			p = &(*p).Right
		}
	}
	*p = &Node{Key: k}
}

func (n *Node) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Key)
	n.Right.InOrder(visit)
}

func (n *Node) Height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.Left.Height(), n.Right.Height())
}

func (t *BST) Contains(k int) bool {
	n := t.Root
	for n != nil {
		switch {
		case k == n.Key:
			return true
		case k < n.Key:
			n = n.Left
		default:
			n = n.Right
		}
	}
	return false
}

func (n *Node) pretty(sb *strings.Builder, depth int) {
	if n == nil {
		return
	}
	n.Right.pretty(sb, depth+1)
	fmt.Fprintf(sb, "%s%d\n", strings.Repeat("    ", depth), n.Key)
	n.Left.pretty(sb, depth+1)
}

func main() {
	var t BST
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Insert(k)
	}
	var keys []int
	t.Root.InOrder(func(k int) { keys = append(keys, k) })
	fmt.Println(keys, t.size, t.Root.Height())
	for _, k := range []int{45, 55, 80} {
		fmt.Printf("contains %d: %t\n", k, t.Contains(k))
	}
	var sb strings.Builder
	t.Root.pretty(&sb, 0)
	fmt.Print(sb.String())
	sum := 0
	t.Root.InOrder(func(k int) { sum += k })
	fmt.Println("sum", sum)
	leaf := t.Root.Left.Left
	fmt.Printf("%v %+v\n", *leaf, *leaf)
	fmt.Println(leaf.Left == nil, t.Root.Left.Right.Left.Key)
}

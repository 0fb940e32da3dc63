// Binary tree: insert, traversal, height
package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Value)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Contains(v int) bool {
	for t != nil {
		if v == t.Value {
			return true
		} else if v < t.Value {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func printTree(t *Tree, depth int) {
	if t == nil {
		return
	}
	printTree(t.Right, depth+1)
	fmt.Println(strings.Repeat("    ", depth) + fmt.Sprint(t.Value))
	printTree(t.Left, depth+1)
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, v)
	}
	var vals []int
	root.InOrder(func(v int) { vals = append(vals, v) })
	fmt.Println(vals)
	fmt.Println("height:", root.Height())
	fmt.Println(root.Contains(45), root.Contains(99))
	fmt.Println(root)
	printTree(root, 0)
}

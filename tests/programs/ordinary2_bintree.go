package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(f func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) All(yield func(string, int) bool) {
	t.walkYield(yield)
}

func (t *Tree) walkYield(yield func(string, int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walkYield(yield) && yield(t.Key, t.Count) && t.Right.walkYield(yield)
}

func main() {
	var root *Tree
	for _, w := range []string{"m", "c", "x", "a", "e", "m", "z", "c", "b", "m"} {
		root = root.Insert(w)
	}
	root.Walk(func(n *Tree) { fmt.Printf("%s:%d ", n.Key, n.Count) })
	fmt.Println()
	fmt.Println("height", root.Height())
	for k, c := range root.All {
		if k > "m" {
			break
		}
		fmt.Print(k, "=", c, " ")
	}
	fmt.Println()
	total := 0
	root.Walk(func(n *Tree) { total += n.Count })
	fmt.Println("total", total)
	fmt.Printf("%v %+v\n", root.Left.Left.Right, *root.Right.Right)
}

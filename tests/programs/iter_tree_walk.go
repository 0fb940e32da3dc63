package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(key string) *Tree {
	if t == nil {
		return &Tree{Key: key, Count: 1}
	}
	switch {
	case key < t.Key:
		t.Left = t.Left.Insert(key)
	case key > t.Key:
		t.Right = t.Right.Insert(key)
	default:
		t.Count++
	}
	return t
}

// walk yields the nodes in order and reports whether to go on.
func (t *Tree) walk(yield func(string, int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Key, t.Count) && t.Right.walk(yield)
}

func (t *Tree) InOrder() func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		t.walk(yield)
	}
}

// Levels yields the depth of each key, breadth first.
func (t *Tree) Levels() func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		type item struct {
			node  *Tree
			depth int
		}
		queue := []item{{t, 0}}
		for len(queue) > 0 {
			it := queue[0]
			queue = queue[1:]
			if it.node == nil {
				continue
			}
			if !yield(it.depth, it.node.Key) {
				return
			}
			queue = append(queue, item{it.node.Left, it.depth + 1}, item{it.node.Right, it.depth + 1})
		}
	}
}

func main() {
	var root *Tree
	text := []string{"the", "cat", "sat", "on", "the", "mat", "and", "the", "dog", "sat", "too"}
	for _, w := range text {
		root = root.Insert(w)
	}

	for k, c := range root.InOrder() {
		fmt.Printf("%s=%d ", k, c)
	}
	fmt.Println()

	// Stop the recursive walk part way.
	for k := range root.InOrder() {
		if k > "m" {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()

	depth := -1
	for d, k := range root.Levels() {
		if d != depth {
			if depth >= 0 {
				fmt.Println()
			}
			depth = d
			fmt.Printf("level %d:", d)
		}
		fmt.Print(" ", k)
	}
	fmt.Println()

	var empty *Tree
	n := 0
	for range empty.InOrder() {
		n++
	}
	fmt.Println("empty tree yields", n)
}

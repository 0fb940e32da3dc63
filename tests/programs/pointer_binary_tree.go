package main

import "fmt"

type Tree struct {
	Key         int
	Count       int
	Left, Right *Tree
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	} else {
		t.Count++
	}
	return t
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		if k == t.Key {
			return true
		}
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Size() int {
	if t == nil {
		return 0
	}
	return t.Count + t.Left.Size() + t.Right.Size()
}

func inorder(t *Tree, out []int) []int {
	if t == nil {
		return out
	}
	out = inorder(t.Left, out)
	for i := 0; i < t.Count; i++ {
		out = append(out, t.Key)
	}
	return inorder(t.Right, out)
}

func minNode(t *Tree) *Tree {
	for t.Left != nil {
		t = t.Left
	}
	return t
}

func printTree(t *Tree, depth int) {
	if t == nil {
		return
	}
	printTree(t.Right, depth+1)
	indent := ""
	for i := 0; i < depth; i++ {
		indent += "    "
	}
	fmt.Printf("%s%d(x%d)\n", indent, t.Key, t.Count)
	printTree(t.Left, depth+1)
}

func mirror(t *Tree) {
	if t == nil {
		return
	}
	t.Left, t.Right = t.Right, t.Left
	mirror(t.Left)
	mirror(t.Right)
}

func main() {
	var root *Tree
	keys := []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 20, 20}
	for i := 0; i < len(keys); i++ {
		root = insert(root, keys[i])
	}
	fmt.Println(inorder(root, nil))
	fmt.Println("size", root.Size(), "height", root.Height())
	fmt.Println(root.Contains(65), root.Contains(66), root.Left.Key, root.Right.Left.Right.Key)
	var empty *Tree
	fmt.Println(empty.Size(), empty.Height(), empty.Contains(1))
	printTree(root, 0)
	m := minNode(root)
	fmt.Printf("min %d count %d leaf=%v\n", m.Key, m.Count, m.Left == nil && m.Right == nil)
	mirror(root)
	fmt.Println(inorder(root, []int{-1}))
	fmt.Printf("%+v\n", *root.Right.Right)
}

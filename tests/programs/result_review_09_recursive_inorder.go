package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

func inorder(n *Node) []int {
	if n == nil {
		return nil
	}
	out := make([]int, 0, 8)
	out = append(out, inorder(n.Left)...)
	out = append(out, n.Val)
	out = append(out, inorder(n.Right)...)
	return out
}

func leaves(n *Node) []int {
	if n == nil {
		return nil
	}
	if n.Left == nil && n.Right == nil {
		return []int{n.Val}
	}
	l := leaves(n.Left)
	if len(l) == 0 {
		return leaves(n.Right)
	}
	return l
}

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9, 2, 6} {
		root = insert(root, v)
	}
	s := inorder(root)
	fmt.Println(len(s), cap(s), s)
	l := leaves(root)
	fmt.Println(len(l), cap(l), l)
}

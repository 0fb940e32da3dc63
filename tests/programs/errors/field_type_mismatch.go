package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1}
	var count int = n.Next
	n = n.Val
	fmt.Println(*n.Val, count)
}

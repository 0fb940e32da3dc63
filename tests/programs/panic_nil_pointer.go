package main

import "fmt"

type Node struct {
	Name string
	Next *Node
}

func last(n *Node) string {
	for n.Next != nil {
		n = n.Next
	}
	return n.Name
}

func main() {
	c := &Node{Name: "c"}
	b := &Node{"b", c}
	a := &Node{"a", b}
	fmt.Println(last(a), last(b), last(c))
	var p *Node
	fmt.Println(p == nil)
	fmt.Println(last(a.Next.Next.Next))
}

package main

import "fmt"

type Node struct {
	vals []int
	next *Node
}

func main() {
	var head *Node
	for i := 0; i < 3; i++ {
		n := &Node{next: head}
		for j := 0; j <= i; j++ {
			n.vals = append(n.vals, j)
		}
		head = n
	}
	for n := head; n != nil; n = n.next {
		fmt.Println(len(n.vals), cap(n.vals))
	}
}

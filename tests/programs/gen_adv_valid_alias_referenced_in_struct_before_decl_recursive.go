package main

import "fmt"

// gc accepts: an alias cycle that passes through a defined struct type is valid.
// Same failure for: type A = []B; type M = map[string]*N; type F = func(*S); type Ch = chan *Msg
type Node struct {
	Next *NodeAlias
}
type NodeAlias = Node

type A = []B
type B struct{ kids A }

func main() {
	n := Node{&NodeAlias{}}
	fmt.Println(n.Next.Next == nil, len(B{A{{}}}.kids))
}

package main

import "fmt"

type Box[T any] struct{ V *T }

type Node struct {
	Name string
	Next Box[Node]
}

func main() {
	n := Node{Name: "a", Next: Box[Node]{&Node{Name: "b"}}}
	fmt.Println(n.Next.V.Name)
}

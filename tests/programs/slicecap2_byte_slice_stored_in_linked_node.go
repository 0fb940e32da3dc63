package main

import "fmt"

type node struct {
	next *node
	data []byte
}

// Checks cap of appended byte slices stored in linked struct nodes.
func main() {
	var s []byte
	s = append(s, 'a')
	n := &node{data: s}
	fmt.Println(cap(s), len(n.data))
	var t []byte
	t = append(t, 'b')
	var n2 node
	n2.data = t
	fmt.Println(cap(t), len(n2.data))
	var u []byte
	u = append(u, 'c')
	n3 := node{data: u}
	n3.next = &n3
	fmt.Println(cap(u), len(n3.next.data))
}

package main

import "fmt"

type P struct {
	a     []int
	b     []int
	label string
}

var sink P

func main() {
	x := []int{1, 2, 3, 4}
	p := P{x[:1], x[2:3], "z"}
	sink = p
	fmt.Println(cap(p.a), cap(p.b))
	p.a = append(p.a, 50)
	fmt.Println(x[1])
}

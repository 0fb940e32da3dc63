package main

import "fmt"

type T struct {
	a, b int
	in   struct{ c int }
}

var g int

func main() {
	var p *T
	defer func() { fmt.Println(recover(), g) }()
	g, p.in.c = 3, 4
}

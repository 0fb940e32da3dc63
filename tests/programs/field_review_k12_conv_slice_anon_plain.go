package main

import "fmt"

type E = struct{ n int }
type F = struct {
	n int `t:"f"`
}

func main() {
	es := make([]E, 2)
	es[0].n = 5
	fs := []F(es)
	fmt.Println(len(fs))
	fs[1].n = 7
	fmt.Println(es[1].n)
}

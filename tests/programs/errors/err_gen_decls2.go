package main

import "fmt"

type G[T any] T

func L[T ~[4]int](x T) {
	const n = len(x)
	var p *T
	_ = len(p)
	fmt.Println(n)
}

func main() {}

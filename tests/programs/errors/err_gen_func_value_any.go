package main

import "fmt"

func Id[T any](x T) T { return x }

func main() {
	fmt.Println(Id)
	var f = Id
	_ = f
	g := Id[int]
	fmt.Println(g(3))
}

package main

import "fmt"

type Box[T any] struct{ V T }

func G[T any]() {
	type L int
	_ = L(1)
}

type S struct{}

func (S) M() {
	type K int
	fmt.Printf("%T\n", Box[K]{})
}

var f = func() {
	type J int
	fmt.Printf("%T\n", Box[J]{})
}

func main() {
	type X int
	G[int]()
	S{}.M()
	f()
	fmt.Printf("%T\n", Box[X]{})
}

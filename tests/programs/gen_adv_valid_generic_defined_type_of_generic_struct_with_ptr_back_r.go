package main

import "fmt"

type Foo[P any] struct {
	x *Bar[P]
}

type Bar[Q any] Foo[Q]

func (v *Bar[R]) M() *Foo[R] {
	return (*Foo[R])(v)
}

func main() {
	b := &Bar[int]{}
	fmt.Printf("%T\n", b.M())
}

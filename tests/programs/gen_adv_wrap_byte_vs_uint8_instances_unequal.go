package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func Wrap[T any](v T) any { return Box[T]{v} }

func main() {
	a := Wrap[byte](1)
	b := Wrap[uint8](1)
	var c byte = 1
	d := Wrap(c)
	fmt.Println(a == b, b == d)
	fmt.Printf("%T %T %T\n", a, b, Box[rune]{})
	type G interface{ Get() uint8 }
	_, ok := a.(G)
	fmt.Println(ok)
}

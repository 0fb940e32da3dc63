package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[_]) Name() string { return "box" }

func (b Box[T]) Get() T { return b.v }

func main() {
	b := Box[int]{3}
	fmt.Println(b.Name(), b.Get())
}

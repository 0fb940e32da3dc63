package main

type Box[T any] struct{ v T }

func (b Box[T]) Set(v T, ok bool) {}

func main() {
	var b Box[int]
	b.Set(1)
}

package main
type Box[T comparable] struct{ v T }
func (b Box[T]) Eq(o Box[T]) bool { return b.v == o.v }
type W[T any] struct{ b Box[T] }
func main() {}

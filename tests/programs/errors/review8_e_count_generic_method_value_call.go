package main

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func main() {
	f := Box[int]{}.Get
	_ = f(1)
}

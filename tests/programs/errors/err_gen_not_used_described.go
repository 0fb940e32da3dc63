package main

type P struct{}
type Box[T any] struct{ v T }

func F[T any]() {}

func main() {
	P{}
	Box[int]{}
	F[int]
	Box[int]
}

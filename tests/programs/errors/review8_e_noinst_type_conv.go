package main

type Box[T any] struct{ v T }

func main() {
	_ = Box{v: 1}
}

package main

type Box[T any] struct{ v T }
type A[T any] = Box[T]

func (a A[T]) M() {}

func main() {}

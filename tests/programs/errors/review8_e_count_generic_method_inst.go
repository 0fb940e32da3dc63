package main

type Box[T any] struct{ v T }

func (b Box[T]) Put(v T, n int) {}

func main() { Box[string]{}.Put("a") }

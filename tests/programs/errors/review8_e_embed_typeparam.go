package main

type W[T any] struct {
	T
	n int
}

func main() { _ = W[int]{} }

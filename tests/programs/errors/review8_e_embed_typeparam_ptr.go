package main

type W[T any] struct {
	*T
}

func main() { _ = W[int]{} }

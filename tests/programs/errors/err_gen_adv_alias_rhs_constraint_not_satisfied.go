package main

type Set[T comparable] map[T]bool
type A[T any] = Set[T]

func main() {}

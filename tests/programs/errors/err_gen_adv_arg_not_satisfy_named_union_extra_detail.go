package main

type Num interface{ ~int | ~float64 }

type Box[T Num] struct{ v T }

func F[T any](b Box[T]) {}

func main() {}

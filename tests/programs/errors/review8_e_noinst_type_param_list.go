package main

type Box[T any] struct{ v T }

func f(b Box) {}

func main() {}

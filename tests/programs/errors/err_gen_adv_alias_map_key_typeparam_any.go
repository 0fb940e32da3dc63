package main

type A[T any] = map[T]int

func main() {}

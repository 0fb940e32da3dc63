package main

type A[T any] = T

func main() {}

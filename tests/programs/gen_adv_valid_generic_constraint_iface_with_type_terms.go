package main

type C[T any] interface{ ~int }

func main() {}

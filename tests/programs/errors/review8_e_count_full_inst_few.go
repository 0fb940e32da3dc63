package main

func F[T any](x T, y int) {}

func main() { F[string]("a") }

package main

func F[T any](x T) {}

func main() { F[string]("a", 2) }

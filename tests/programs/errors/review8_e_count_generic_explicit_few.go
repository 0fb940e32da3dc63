package main

func F[T any, U any](x T, y U) T { return x }

func main() { _ = F[int, string](1) }

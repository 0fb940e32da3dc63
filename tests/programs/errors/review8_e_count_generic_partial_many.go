package main

func F[T any, U any](x T, y U) T { return x }

func main() { _ = F[int](1, "a", nil) }

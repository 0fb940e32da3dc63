package main

func F[T any](x, y T) T { return x }

func main() { _ = F(1, 2, 3.5) }

package main

func F[T any](x T, rest ...T) T { return x }

func main() { _ = F() }

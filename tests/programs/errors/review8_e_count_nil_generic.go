package main

func F[T any](x T) {}

func main() { F(1, nil) }

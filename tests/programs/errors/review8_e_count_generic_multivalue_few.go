package main

func two() (int, int) { return 1, 2 }

func F[T any](x, y, z T) T { return x }

func main() { _ = F(two()) }

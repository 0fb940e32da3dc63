package main

func G[T ~int](x T) {}

func F[T ~int | ~string](x T) {
	G(x)
}

func main() {}

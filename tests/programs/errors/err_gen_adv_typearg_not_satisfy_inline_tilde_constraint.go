package main

type N int

func F[T ~string](x T) {}

func main() {
	F(N(1))
}

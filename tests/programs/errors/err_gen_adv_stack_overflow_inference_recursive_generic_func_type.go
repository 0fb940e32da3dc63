package main

type F[T any] func(func(F[T]))

func f(F[int])      {}
func g[T any](F[T]) {}

func main() {
	g(f)
}

package main

func F[T any](x, y T) {}

func main() {
	F(1, "a")
	F[int](1, "a")
}

package main

func F[T any](a, b, c T) {}

func main() {
	F(
		1,
		2,
	)
}

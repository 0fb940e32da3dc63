package main

func F[T ~int | ~float64]() T {
	return 1.5
}

func main() {}

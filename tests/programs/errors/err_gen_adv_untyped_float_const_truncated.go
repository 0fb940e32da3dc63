package main

func F[T ~int](x T) T {
	return x + 1.5
}

func main() {}

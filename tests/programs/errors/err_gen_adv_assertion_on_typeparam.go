package main

func F[T any](x T) int {
	return x.(int)
}

func main() {}

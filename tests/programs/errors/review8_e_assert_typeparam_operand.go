package main

func F[T any](x T) {
	_ = x.(int)
}

func main() { F(1) }

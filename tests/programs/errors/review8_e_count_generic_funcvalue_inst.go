package main

func F[T any](x T) T { return x }

func main() {
	f := F[int]
	_ = f(1, 2)
}

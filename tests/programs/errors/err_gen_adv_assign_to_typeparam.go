package main

func F[T any]() {
	var x T
	x = nil
	_ = x
}

func main() {}

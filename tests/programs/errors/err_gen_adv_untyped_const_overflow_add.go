package main

func F[T ~uint8](x T) T {
	return x + 256
}

func main() {}

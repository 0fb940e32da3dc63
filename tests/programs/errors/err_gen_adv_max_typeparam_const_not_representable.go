package main

func F[T ~uint8 | ~int16]() {
	var x T; _ = min(x, 256)
}

func main() {}

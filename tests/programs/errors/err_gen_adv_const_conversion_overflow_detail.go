package main

func F[T ~int8 | ~int16](x T) T {
	return T(200)
}

func main() {}

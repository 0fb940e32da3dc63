package main

func F[T int | string](x T) {
	switch x {
	case 1:
	}
}

func main() {}

package main

func F[T any](x T) {
	switch x.(type) {
	case int:
	}
}

func main() {}

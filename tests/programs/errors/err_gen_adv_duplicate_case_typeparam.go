package main

func F[T any](x any) {
	switch x.(type) {
	case T:
	case T:
	}
}

func main() {}

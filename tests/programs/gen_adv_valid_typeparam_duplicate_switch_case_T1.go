package main

import "fmt"

func F[T ~int | ~int8](x T) {
	switch x {
	case T(1), T(1):
		fmt.Println("one")
	default:
		fmt.Println("other")
	}
}

func main() { F(1); F[int8](2) }

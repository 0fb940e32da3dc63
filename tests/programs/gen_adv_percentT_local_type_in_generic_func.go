package main

import "fmt"

func G[T any](v T) any {
	type L struct{ v T }
	return L{v}
}

func main() { fmt.Printf("%T %T\n", G(1), G("s")) }

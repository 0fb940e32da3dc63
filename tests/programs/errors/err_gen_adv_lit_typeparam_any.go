package main

import "fmt"

func F[T any]() T {
	return T{}
}

func main() {
	fmt.Println(F[struct{}]())
}

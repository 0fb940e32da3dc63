package main

import "fmt"

func F[T ~int | ~int8](x T) T { return x / T(0) }

func main() {
	defer func() { fmt.Println(recover()) }()
	fmt.Println(F(3))
}

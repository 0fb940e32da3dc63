package main

import "fmt"

func F[T ~int](x T) []int { return make([]int, T(-1)) }

func main() {
	defer func() { fmt.Println(recover()) }()
	fmt.Println(F(1))
}

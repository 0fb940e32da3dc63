package main

import "fmt"

func Add[T any](x, y T) T {
	return x + y
}

func Less[T comparable](x, y T) bool {
	return x < y
}

func Neg[T ~string | ~int](x T) T {
	return -x
}

func main() {
	fmt.Println(Add(1, 2), Less(1, 2), Neg(3))
}

package main

import "fmt"

func F[T ~int | ~int8]() int {
	var a [3]int
	return a[T(5)]
}

func main() {
	defer func() { fmt.Println(recover()) }()
	fmt.Println(F[int]())
}

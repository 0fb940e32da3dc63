package main

import "fmt"

func F[T ~int | ~uint]() { s := []int{1, 2, 3}; fmt.Println(s[T(2):T(1)]) }

func main() {
	defer func() { fmt.Println(recover()) }()
	F[int]()
}

package main

import "fmt"

func Pair[A, B any](a A, b B) string { return fmt.Sprint(a, b) }

func One[T any](x T) T { return x }

type Box[T any] struct{ V T }

func main() {
	fmt.Println(Pair[int, string, bool](1, "a"))
	fmt.Println(One[int, int](1))
	var b Box[int, string]
	fmt.Println(b)
}

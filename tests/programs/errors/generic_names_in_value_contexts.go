package main

import "fmt"

type Box[T any] struct{ v T }

func Id[T any](x T) T { return x }

func Pair[K comparable, V any](k K, v V) {}

func Sum[T int | float64](xs ...T) T { var s T; return s }

func main() {
	fmt.Println(Box)
	fmt.Println(Id == nil)
	Pair[int](1, 2, 3)
	Sum([]int{1}...)
	Sum[int]("a")
}

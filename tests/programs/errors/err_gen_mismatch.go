package main

import "fmt"

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	var i int = 3
	var f float64 = 2.5
	fmt.Println(Max(i, f))
	fmt.Println(Eq("a", 1))
	fmt.Println(Eq(int32(1), int64(1)))
}

package main

import "fmt"

// Valid Go (gc accepts it): asserting a non-empty interface to a type parameter whose
// constraint lacks the interface's methods.

type MyInt int

func (m MyInt) String() string { return "m" }

func As[T any](x fmt.Stringer) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func main() {
	fmt.Println(As[MyInt](MyInt(2)))
	fmt.Println(As[int](MyInt(2)))
}

package main

import "fmt"

type T[_ any] struct{}
type A T[B]
type B = T[A]

func main() {
	var x T[B]
	fmt.Printf("%T\n", x)
}

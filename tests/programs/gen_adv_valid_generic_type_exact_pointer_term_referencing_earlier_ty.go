package main

import "fmt"

type T[P any, B *P] struct{}

func main() {
	fmt.Printf("%T\n", T[int, *int]{})
}

package main

import "fmt"

// gc: cannot convert p (variable of type *T) to type *int
func F[T ~int](p *T) *int { return (*int)(p) }

func main() {
	x := 5
	fmt.Println(*F(&x))
}

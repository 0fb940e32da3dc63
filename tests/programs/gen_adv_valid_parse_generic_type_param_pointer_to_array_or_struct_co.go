package main

import "fmt"

// gc parses these as generic types: in "type T[P *X]" where X is a type literal
// ([N]E, struct{}, []E, map, func, chan, interface{}), "P *X" cannot be an array
// length expression. memrun parses them as array types and reports "undefined: P".
type E[P *[2]int] struct{ p P }
type S[P *struct{ X int }] struct{ p P }
type L[P *[]int] struct{ p P }
type M[P *map[int]int] struct{ p P }
type F[P *func()] struct{ p P }
type C[P *chan int] struct{ p P }
type I[P *interface{}] struct{ p P }

func main() {
	var e E[*[2]int]
	var s S[*struct{ X int }]
	var l L[*[]int]
	fmt.Printf("%T %T %T\n", e, s, l)
}

package main

import "fmt"

type C0 interface{ ~int | ~int8 | ~int16 | ~string }
type C1 interface{ ~int8 | ~int16 | ~string }
type C2 interface{ ~int16 | ~string }

type All interface {
	C0
	C1
	C2
}

func F[T All](x T) T { return x + x }

func main() { fmt.Println(F(21)) }

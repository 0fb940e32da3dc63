package main

import "fmt"

func F[T ~int8 | ~int16]() { a := [...]int{T(1): 1}; fmt.Println(a) }

func main() { F[int8]() }

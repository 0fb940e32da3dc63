package main

import "fmt"

func F[T ~int8 | ~int16]() { m := map[T]int{T(1): 1, T(1): 2}; fmt.Println(m) }

func main() { F[int8]() }

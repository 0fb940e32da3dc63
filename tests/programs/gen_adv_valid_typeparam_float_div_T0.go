package main

import "fmt"

func F[T ~float64]() T { return T(1) / T(0) }
func G[T ~int | ~float64]() T { return T(1) / 0 }

func main() { fmt.Println(F[float64]()) }

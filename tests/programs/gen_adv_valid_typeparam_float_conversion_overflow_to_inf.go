package main

import "fmt"

func K[T ~float64]() T { return T(1e308) * 10 }

func main() { fmt.Println(K[float64]()) }

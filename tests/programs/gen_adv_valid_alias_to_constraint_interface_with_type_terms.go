package main

import "fmt"

type Number = interface{ ~int | ~float64 }

func Scale[T Number](x T, k T) T { return x * k }

func main() {
	fmt.Println(Scale(2.5, 2), Scale(3, 3))
}

package main

import "fmt"

type Box[T any] struct{ V T }

func main() {
	type X int
	fmt.Printf("%T\n", Box[X]{})
}

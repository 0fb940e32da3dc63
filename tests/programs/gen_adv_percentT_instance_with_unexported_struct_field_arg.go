package main

import "fmt"

type Box[T any] struct{ V T }

func main() {
	fmt.Printf("%T\n", Box[struct{ b int }]{})
	fmt.Printf("%#v\n", Box[struct{ b int }]{})
}

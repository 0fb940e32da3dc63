package main

import "fmt"

type Box[T any] struct{ V T }

func G[T any](v T) {
	type L struct{ v T }
	fmt.Printf("%T %T\n", L{v}, Box[L]{})
	fmt.Printf("%v %+v\n", Box[L]{L{v}}, Box[L]{L{v}})
}

func main() {
	type A = int
	type X int
	type (
		Y struct{ a, B int }
		Z = Y
	)
	G(1)
	G("s")
	fmt.Printf("%T %T %T\n", Box[A]{}, Box[X]{}, Box[Z]{})
	fmt.Printf("%#v\n", Box[Y]{})
	var e any = Box[X]{}
	_, ok := e.(Box[int])
	fmt.Println(ok)
}

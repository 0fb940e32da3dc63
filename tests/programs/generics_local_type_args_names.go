package main

import "fmt"

type Box[T any] struct{ V T }

func a() {
	type Y string
	type X int
	fmt.Printf("%T %T\n", Box[X]{}, Box[Y]{})
}

func b() {
	type X float64
	type Z struct{ q int }
	fmt.Printf("%T %T\n", Box[X]{}, Box[Z]{})
	fmt.Printf("%T\n", Box[[]struct{ q, R int }]{})
	fmt.Printf("%T\n", Box[interface{ m() }]{})
	fmt.Printf("%T %v\n", X(1), Z{})
	func() {
		type W int
		fmt.Printf("%T\n", Box[W]{})
	}()
}

func main() {
	type X int
	b()
	a()
	fmt.Printf("%T\n", Box[X]{})
	fmt.Printf("%T\n", Box[map[X]Box[X]]{})
}

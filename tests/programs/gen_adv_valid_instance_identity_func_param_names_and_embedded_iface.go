package main

import "fmt"

type Box[T any] struct{ V T }

func main() {
	var x Box[func(int) string] = Box[func(a int) (b string)]{}
	var y Box[interface{ fmt.Stringer; error }] = Box[interface{ Error() string; String() string }]{}
	var z Box[struct{ A, B int }] = Box[struct{ A int; B int }]{}
	fmt.Println(x.V == nil, y.V == nil, z)
}

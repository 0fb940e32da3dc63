package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func e() any { return Box[func(x int) (y string)]{} }
func f() any { return Box[func(int) string]{} }

func main() {
	// same type in gc: comparing two Box[func(int) string] must panic
	fmt.Println(e() == f())
}

package main

import "fmt"

// Valid Go (gc accepts it): a type switch on a non-empty interface with a case of a type
// parameter whose constraint lacks the interface's methods.

type MyInt int

func (m MyInt) String() string { return "m" }

func Is[T any](x fmt.Stringer) int {
	switch x.(type) {
	case T:
		return 1
	}
	return 0
}

func main() {
	fmt.Println(Is[MyInt](MyInt(1)), Is[int](MyInt(1)))
}

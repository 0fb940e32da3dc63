package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func main() {
	var x any = Box[byte]{1}
	_, ok := x.(Box[uint8])
	fmt.Println(ok, x == any(Box[uint8]{1}))
	m := map[any]int{Box[rune]{2}: 5}
	fmt.Println(m[Box[int32]{2}], len(m))
	var y any = Box[any]{}
	switch y.(type) {
	case Box[interface{}]:
		fmt.Println("ok")
	default:
		fmt.Println("default")
	}
}

package main

import "fmt"

type Box[T any] struct{ V T }

func main() {
	var x Box[uint8] = Box[byte]{3}
	var y Box[int32] = Box[rune]{4}
	var z Box[interface{}] = Box[any]{5}
	fmt.Println(x, y, z)
}

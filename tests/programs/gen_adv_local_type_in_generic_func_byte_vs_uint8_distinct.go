package main

import "fmt"

func Local[T any]() any {
	type L struct{ v T }
	return L{}
}

func main() {
	fmt.Println(Local[byte]() == Local[uint8](), Local[any]() == Local[interface{}]())
}

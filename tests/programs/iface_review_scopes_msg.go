package main

import "fmt"

func mk() any { type T struct{}; return T{} }

func main() {
	defer func() { fmt.Println(recover()) }()
	type T struct{}
	_ = mk().(T)
}

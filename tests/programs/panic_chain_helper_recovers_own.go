package main

import "fmt"

func helper() {
	defer func() { fmt.Println("helper recovered:", recover()) }()
	panic("second")
}

// A deferred call runs a helper that panics and recovers on its own; the first panic goes on.
func main() {
	defer func() { helper() }()
	panic("first")
}

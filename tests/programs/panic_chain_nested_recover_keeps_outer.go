package main

import "fmt"

// first raised in main's frame; its deferred call recovers a nested panic inside itself; first goes on.
func main() {
	defer func() {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		panic("second")
	}()
	panic("first")
}

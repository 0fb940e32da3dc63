package main

import "fmt"

func f() {
	defer func() { fmt.Println("f recovered:", recover()) }()
	defer func() { panic("second") }()
	defer func() { panic("third") }()
	panic("first")
}

// Three panics in one frame, the last recovered: all over; then a new one.
func main() {
	f()
	fmt.Println("after f")
	defer func() { panic("later") }()
	panic("final")
}

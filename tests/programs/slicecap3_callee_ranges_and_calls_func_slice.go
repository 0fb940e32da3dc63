package main

import "fmt"

//go:noinline
func callAll(fs []func()) {
	for _, f := range fs {
		f()
	}
}

func hello() { fmt.Print("hi ") }

//go:noinline
func build(n int) []func() {
	var s []func()
	for i := 0; i < n; i++ {
		s = append(s, hello)
		fmt.Print(cap(s), " ")
	}
	callAll(s)
	return s
}

// Checks growth of a func slice whose elements a callee calls in a range loop.
func main() {
	fmt.Println(len(build(3)))
}

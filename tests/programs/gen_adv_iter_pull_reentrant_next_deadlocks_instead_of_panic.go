package main

import (
	"fmt"
	"iter"
)

func main() {
	var next func() (int, bool)
	var stop func()
	next, stop = iter.Pull(func(yield func(int) bool) {
		defer func() { fmt.Println("inner rec:", recover()) }()
		next()
		yield(1)
	})
	defer stop()
	defer func() { fmt.Println("outer rec:", recover()) }()
	fmt.Println(next())
}

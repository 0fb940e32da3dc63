package main

import (
	"fmt"
	"iter"
)

func main() {
	next, stop := iter.Pull(func(yield func(int) bool) {
		defer func() { fmt.Println("iter exiting") }()
		if !yield(1) {
			panic("after stop")
		}
	})
	fmt.Println(next())
	defer func() { fmt.Println("recovered:", recover()) }()
	stop()
	fmt.Println("not reached")
}

package main

import (
	"fmt"
	"iter"
)

func main() {
	next, stop := iter.Pull(func(yield func(int) bool) {
		yield(1)
		panic("boom")
	})
	defer stop()
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(next())
	fmt.Println(next())
}

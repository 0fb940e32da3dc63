package main

import (
	"fmt"
	"iter"
)

func main() {
	next, stop := iter.Pull(func(yield func(int) bool) {
		defer fmt.Println("deferred in iter")
		yield(1)
		fmt.Println("yield(2) =", yield(2))
		fmt.Println("iter end")
	})
	fmt.Println(next())
	stop()
	fmt.Println("after stop")
}

package main

import "fmt"

type Flag bool

func main() {
	defer fmt.Println("deferred runs first")
	panic(Flag(1 > 0))
}

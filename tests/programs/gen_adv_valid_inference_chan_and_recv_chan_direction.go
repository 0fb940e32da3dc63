package main

import "fmt"

func Both[T any](a, b T) T { return b }

func main() {
	c1 := make(chan int)
	var c2 <-chan int = c1
	fmt.Printf("%T\n", Both(c1, c2))
}

package main

import (
	"fmt"
	"os"
)

//go:noinline
func build(n int) (s []int) {
	if n < 0 {
		goto L
	}
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	return
	defer fmt.Println("never")
L:
	return nil
}

// Checks append growth of a named result when a dead defer is kept before a label.
func main() {
	fmt.Println(len(build(5 + len(os.Args[1:]))))
}

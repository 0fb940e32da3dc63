package main

import (
	"fmt"
	"os"
)

//go:noinline
func apply(f func() int) int { return f() }

func main() {
	var s []int
	switch {
	case len(os.Args) > 0:
		s = append(s, 1)
	case apply(func() int { return len(s) }) > 0:
	}
	fmt.Println(cap(s))
}

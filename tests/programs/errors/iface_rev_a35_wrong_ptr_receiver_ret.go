package main

import "fmt"

type T struct{}

func (t *T) String() string { return "t" }

func f() fmt.Stringer {
	var t T
	return t
}

func main() { f() }

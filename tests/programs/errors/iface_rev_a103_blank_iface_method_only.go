package main

import "fmt"

type I interface{ _() }

type J interface {
	fmt.Stringer
	_(int)
}

func main() {}

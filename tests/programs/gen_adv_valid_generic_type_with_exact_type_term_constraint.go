package main

import "fmt"

type D[P int] struct{}

func main() {
	c := D[int]{}
	fmt.Println(c)
}

package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[_]) Name() string { return "box" }

func main() { fmt.Println(Box[int]{3}.Name()) }

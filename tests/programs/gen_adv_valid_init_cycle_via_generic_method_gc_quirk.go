package main

import "fmt"

type Box[T any] struct{}

func (Box[T]) Val() int { return x + 1 }

var x = Box[int]{}.Val()

func main() { fmt.Println(x) }

package main

import "fmt"

// gc: initialization cycle for x (x refers to f / F). Same with a generic F[T any]().
var x = f()

func f() int { return x + 1 }

var y = F[int]()

func F[T any]() int { return y + 1 }

func main() { fmt.Println(x, y) }

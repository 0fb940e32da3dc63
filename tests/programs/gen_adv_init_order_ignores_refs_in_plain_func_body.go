package main

import "fmt"

var q = f()

func f() int { return z }

var z = 5

func main() { fmt.Println(q) }

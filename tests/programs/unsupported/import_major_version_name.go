package main

import "math/rand/v2"

func main() { println(rand.IntN(1)) }

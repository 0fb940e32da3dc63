package main

import "fmt"

func g[T any](x T) { fmt.Printf("g %T\n", x) }

type F func(int)

func main() {
	c := F(g)
	c(5)
}

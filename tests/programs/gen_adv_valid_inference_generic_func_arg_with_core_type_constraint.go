package main

import "fmt"

func f[P any](p P) string { return fmt.Sprintf("%T", p) }
func g[Q int](Q)            {}

func main() {
	fmt.Println(f(g))
}

// probes: generic helper with an append called with two type arguments (memrun does not copy generics)
package main

import "fmt"

func two[T any](a, b T) []T {
	var s []T
	return append(s, a, b)
}

func main() {
	x := two(1, 2)
	y := two("a", "b")
	fmt.Println(x, y, len(x)+len(y))
}

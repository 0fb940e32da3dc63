// probes: variadic helper appending to its ...int parameter: literal args vs s... with spare capacity
package main

import "fmt"

func more(xs ...int) []int {
	return append(xs, len(xs))
}

func main() {
	a := more(1, 2)
	s := make([]int, 2, 5)
	b := more(s...)
	c := more()
	fmt.Println(a, b, c, s[:3])
}

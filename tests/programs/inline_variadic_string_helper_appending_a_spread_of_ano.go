// probes: variadic string helper appending a spread of another slice to its variadic parameter
package main

import "fmt"

func join(xs ...string) []string {
	ys := []string{"y1", "y2"}
	return append(xs, ys...)
}

func main() {
	base := make([]string, 1, 4)
	base[0] = "b"
	a := join(base...)
	b := join("p", "q")
	fmt.Println(a, b, base[:cap(base)][1:3])
}

// probes: helper appends to param; caller passes a slice it built itself then keeps both
package main

import "fmt"

func add(p []int, x int) []int {
	return append(p, x)
}

func main() {
	var s []int
	s = append(s, 1)
	a := add(s, 2)
	b := add(s, 3)
	fmt.Println(len(a), len(b), a[1], b[1])
}

// probes: helper whose argument expression has a side effect but the parameter is unused
package main

import "fmt"

var n int

func bump() int { n++; return n }

func ignore(x int, y int) []int {
	return append([]int(nil), y)
}

func main() {
	a := ignore(bump(), 1)
	b := ignore(bump(), bump())
	fmt.Println(a, b, n)
}

// probes: helper with [3]int elements (24 bytes: store holds 1); two appends inside helper
package main

import "fmt"

func tri(x int) int {
	var s [][3]int
	s = append(s, [3]int{x, x, x})
	c1 := cap(s)
	s = append(s, [3]int{})
	return c1*10 + cap(s)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(tri(i))
	}
}

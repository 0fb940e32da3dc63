// probes: inlined builder called once from main; result only inspected via len/cap
package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	r := build(3)
	fmt.Println(len(r), cap(r), r[0], r[2])
}

// probes: appending helper used in a caller loop on a local slice
package main

import "fmt"

func add(p []int, x int) []int {
	return append(p, x)
}

func main() {
	var s []int
	for i := 0; i < 6; i++ {
		s = add(s, i)
		fmt.Println(len(s), cap(s))
	}
}

// probes: helper stores the address of a per-call local into a global in a loop; each must be distinct
package main

import "fmt"

var keep []*int

func mark(n int) int {
	for i := 0; i < n; i++ {
		x := i * 10
		keep = append(keep, &x)
	}
	return len(keep)
}

func main() {
	mark(2)
	mark(2)
	*keep[0] = -1
	for _, p := range keep {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

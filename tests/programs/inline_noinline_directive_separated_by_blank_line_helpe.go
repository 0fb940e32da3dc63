// probes: noinline directive separated by blank line, helper only computes cap internally, caller loops
package main

import "fmt"

//go:noinline

func c1(x int) int {
	var s []int
	s = append(s, x)
	return cap(s)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(c1(i))
	}
}

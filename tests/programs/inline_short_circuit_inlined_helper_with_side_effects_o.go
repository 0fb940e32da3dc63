// probes: && short-circuit: inlined helper with side effects on the right of a false &&
package main

import "fmt"

var calls int

func nonEmpty(x int) bool {
	calls++
	var s []int
	s = append(s, x)
	return len(s) > 0
}

func main() {
	ok := false
	if ok && nonEmpty(1) {
		fmt.Println("yes")
	}
	fmt.Println("calls", calls)
}

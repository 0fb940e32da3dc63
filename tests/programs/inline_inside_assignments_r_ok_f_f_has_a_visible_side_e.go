// probes: && / || inside assignments: r := ok && f(); f has a visible side effect (appends to a global)
package main

import "fmt"

var trace []int

func mark(x int) bool {
	var s []int
	s = append(s, x)
	trace = append(trace, x)
	return len(s) == 1
}

func main() {
	ok := false
	r := ok && mark(1)
	r2 := !ok || mark(2)
	fmt.Println(r, r2, trace)
}

// probes: //go:noinline<TAB>comment: gc does not recognise the directive, so it inlines
package main

import "fmt"

//go:noinline	// tab-separated: not a directive for gc
func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

func main() {
	a := one(1)
	t := append(a, 7)
	u := append(a, 8)
	fmt.Println(len(a), t[1], u[1])
}

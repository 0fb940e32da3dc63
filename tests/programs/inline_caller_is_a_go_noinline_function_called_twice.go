// probes: caller is a //go:noinline function called twice
package main

import "fmt"

func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

//go:noinline
func use(x int) int {
	r := one(x)
	r = append(r, x)
	return cap(r)*100 + len(r)
}

func main() {
	fmt.Println(use(1), use(2))
}

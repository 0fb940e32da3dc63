// probes: inlined helper result passed to fmt.Println (escapes)
package main

import "fmt"

func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

func main() {
	r := one(3)
	fmt.Println(cap(r))
	fmt.Println(r)
	r2 := one(4)
	fmt.Println(cap(r2), r2[0])
}

// probes: helper takes a struct by value holding an array and a slice: array copy vs shared slice
package main

import "fmt"

type R struct {
	a [2]int
	s []int
}

func touch(r R) []int {
	r.a[0] = 100
	r.s[0] = 100
	return append(r.s[:1:1], r.a[0])
}

func main() {
	r := R{a: [2]int{1, 2}, s: []int{1, 2}}
	x := touch(r)
	fmt.Println(r.a, r.s, x)
}

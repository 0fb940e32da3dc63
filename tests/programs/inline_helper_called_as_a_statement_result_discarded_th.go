// probes: helper called as a statement (result discarded) then again with result
package main

import "fmt"

var calls int

func build(n int) []int {
	calls++
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	build(2)
	build(3)
	r := build(1)
	fmt.Println(calls, len(r), cap(r))
	r = append(r, 1, 2, 3, 4)
	fmt.Println(len(r), cap(r))
}

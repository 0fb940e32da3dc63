// probes: inlined call as a range expression: evaluated once; the body appends to the same backing variable
package main

import "fmt"

var calls int

func items(n int) []int {
	calls++
	var s []int
	for i := range n {
		s = append(s, i)
	}
	return s
}

func main() {
	tot := 0
	for i, v := range items(4) {
		tot += i * v
	}
	fmt.Println(tot, calls)
}

// probes: inlined helper writes into the caller's slice through its parameter (shared backing array)
package main

import "fmt"

func setFirst(s []int, v int) []int {
	s[0] = v
	return append(s[:1], v+1)
}

func main() {
	a := []int{1, 2, 3}
	b := setFirst(a, 10)
	fmt.Println(a, b)
	c := setFirst(a[1:], 20)
	fmt.Println(a, c)
}

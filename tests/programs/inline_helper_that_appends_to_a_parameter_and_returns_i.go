// probes: helper that appends to a parameter and returns it; caller passes a nil slice
package main

import "fmt"

func add(p []int, x int) []int {
	p = append(p, x)
	return p
}

func main() {
	var s []int
	s = add(s, 1)
	fmt.Println(len(s), cap(s))
	s = add(s, 2)
	s = add(s, 3)
	fmt.Println(len(s), cap(s))
	s = add(s, 4)
	s = add(s, 5)
	fmt.Println(len(s), cap(s), s[4])
}

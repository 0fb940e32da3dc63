// probes: early return of nil vs built slice
package main

import "fmt"

func build(n int) []int {
	if n == 0 {
		return nil
	}
	var s []int
	s = append(s, n)
	return s
}

func main() {
	a := build(0)
	b := build(2)
	fmt.Println(a == nil, len(a), cap(a), len(b), cap(b))
	a = append(a, 1)
	fmt.Println(len(a), cap(a))
}

// probes: middle function inlined into a loop in main: store shared across iterations
package main

import "fmt"

func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

func mid(x int) []int {
	r := one(x)
	return append(r, x+1)
}

func main() {
	for i := 0; i < 3; i++ {
		r := mid(i)
		t := append(r, 7)
		u := append(r, 8)
		fmt.Println(len(r), t[2], u[2])
	}
}

// probes: helper builds different slices in switch arms
package main

import "fmt"

func pick(k int) []int {
	var s []int
	switch k {
	case 0:
		s = append(s, 0)
	case 1:
		s = append(s, 1, 1)
	default:
		s = append(s, 2, 2, 2)
	}
	return s
}

func main() {
	a := pick(0)
	b := pick(1)
	c := pick(2)
	t := append(a, 9)
	u := append(a, 8)
	fmt.Println(len(a), len(b), len(c), t[1], u[1])
}

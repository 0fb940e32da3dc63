// probes: helper modifies an array through a pointer parameter and appends its elements
package main

import "fmt"

func bump(p *[3]int) []int {
	p[0]++
	return append(p[:1], p[1]+p[2])
}

func main() {
	a := [3]int{1, 2, 3}
	s := bump(&a)
	fmt.Println(a, s)
	s = bump(&a)
	fmt.Println(a, s)
}

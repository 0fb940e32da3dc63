// probes: s[0] = grow(&s): the helper appends to the caller's slice through a pointer before the store
package main

import "fmt"

func grow(p *[]int) int {
	*p = append(*p, 9, 9, 9)
	return len(*p)
}

func main() {
	s := make([]int, 1, 1)
	t := s
	s[0] = grow(&s)
	fmt.Println(s, t)
}

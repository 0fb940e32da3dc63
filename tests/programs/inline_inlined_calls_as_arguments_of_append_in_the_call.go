// probes: inlined calls as arguments of append in the caller, s = append(s, inl(), inl())
package main

import "fmt"

var k int

func gen() int {
	s := append([]int(nil), k)
	k++
	return s[0] * s[0]
}

func main() {
	var s []int
	s = append(s, gen(), gen())
	s = append(s, gen())
	s = append(s[:1], gen(), gen(), gen())
	fmt.Println(s, len(s))
}

// probes: array literal of inlined calls reading and writing a global counter, and an indexed element after them
package main

import "fmt"

var n int

func tick() int {
	s := append([]int(nil), n)
	n++
	return s[0]
}

func main() {
	a := [4]int{tick(), tick(), n, tick()}
	b := [...]int{2: tick(), 0: tick()}
	fmt.Println(a, b, n)
}

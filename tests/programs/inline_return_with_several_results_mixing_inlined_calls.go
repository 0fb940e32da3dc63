// probes: return with several results mixing inlined calls, a local and a global changed by the calls
package main

import "fmt"

var G int

func step(k int) int {
	s := append([]int(nil), k)
	G += k
	return s[0] + G
}

//go:noinline
func three(x int) (int, int, int) {
	return step(x), G, step(x + 1)
}

func main() {
	a, b, c := three(1)
	fmt.Println(a, b, c, G)
	a, b, c = three(10)
	fmt.Println(a, b, c, G)
}

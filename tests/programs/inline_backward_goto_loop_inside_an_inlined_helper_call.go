// probes: backward goto loop inside an inlined helper, called twice in the same caller
package main

import "fmt"

func rep(v, n int) []int {
	var s []int
	i := 0
again:
	s = append(s, v)
	i++
	if i < n {
		goto again
	}
	return s
}

func main() {
	a := rep(1, 3)
	b := rep(2, 2)
	fmt.Println(a, b, len(a)+len(b))
}

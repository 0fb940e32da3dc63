// probes: helper returning a struct containing a slice and an array; copies are independent
package main

import "fmt"

type R struct {
	s []int
	a [2]int
}

func mk(v int) R {
	return R{s: append([]int(nil), v), a: [2]int{v, v}}
}

func main() {
	r := mk(1)
	q := r
	q.a[0] = 5
	q.s[0] = 6
	fmt.Println(r, q, mk(2))
}

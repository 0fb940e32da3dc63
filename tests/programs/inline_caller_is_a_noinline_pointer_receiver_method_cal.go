// probes: caller is a noinline pointer-receiver method calling an inlined builder twice
package main

import "fmt"

type Acc struct{ caps []int }

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

//go:noinline
func (a *Acc) run(n int) {
	r := build(n)
	q := build(n + 1)
	a.caps = append(a.caps, len(r), len(q), r[0]+q[0])
}

func main() {
	var a Acc
	a.run(1)
	a.run(2)
	fmt.Println(a.caps)
}

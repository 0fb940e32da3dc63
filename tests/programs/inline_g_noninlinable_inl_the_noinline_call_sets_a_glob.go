// probes: g(noninlinable(), inl()): the noinline call sets a global the inlined helper reads
package main

import "fmt"

var G = 1

//go:noinline
func set(v int) int { G = v; return v }

func rd() []int {
	return append([]int(nil), G, G*2)
}

//go:noinline
func show(a int, s []int) { fmt.Println(a, s) }

func main() {
	show(set(5), rd())
	show(set(7), rd())
	x := set(9) + rd()[1]
	fmt.Println(x, G)
}

// probes: reslice r[:cap(r)] of an inlined builder's result: the store's unused slots read as zero
package main

import "fmt"

func one(x int) []int {
	var s []int
	return append(s, x)
}

func main() {
	r := one(5)
	full := r[:cap(r)]
	fmt.Println(len(full), full)
	full[len(full)-1] = 9
	fmt.Println(r[:cap(r)])
}

// probes: inlined calls as values of map literal entries and inside nested struct elements of a slice literal
package main

import (
	"fmt"
	"sort"
)

var order []int

func v(x int) int {
	s := append([]int(nil), x)
	order = append(order, x)
	return s[0]
}

type P struct{ a, b int }

func main() {
	m := map[string]int{"x": v(1), "y": v(2), "z": v(3)}
	ps := []P{{v(4), v(5)}, {b: v(6), a: v(7)}}
	ks := []string{}
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Println(ks, m["x"], m["z"], ps, order)
}

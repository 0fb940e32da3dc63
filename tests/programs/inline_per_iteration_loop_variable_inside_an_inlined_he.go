// probes: per-iteration loop variable inside an inlined helper, address stored per iteration
package main

import "fmt"

func ptrs(n int) []*int {
	var ps []*int
	for i := 0; i < n; i++ {
		ps = append(ps, &i)
	}
	return ps
}

func main() {
	for k := 2; k < 4; k++ {
		ps := ptrs(k)
		for _, p := range ps {
			fmt.Print(*p, " ")
		}
		fmt.Println()
	}
}

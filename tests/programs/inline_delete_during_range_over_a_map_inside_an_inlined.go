// probes: delete during range over a map inside an inlined helper, result collected in an appended slice
package main

import (
	"fmt"
	"sort"
)

func prune(m map[int]int) (gone []int) {
	for k, v := range m {
		if v < 0 {
			delete(m, k)
			gone = append(gone, k)
		}
	}
	return
}

func main() {
	m := map[int]int{1: -1, 2: 2, 3: -3, 4: 4}
	g := prune(m)
	sort.Ints(g)
	fmt.Println(g, len(m), m[2], m[4])
}

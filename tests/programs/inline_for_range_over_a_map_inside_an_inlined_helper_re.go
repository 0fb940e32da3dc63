// probes: for-range over a map inside an inlined helper (result sorted by hand)
package main

import "fmt"

func keys(m map[int]bool) int {
	var ks []int
	for k, ok := range m {
		if ok {
			ks = append(ks, k)
		}
	}
	return len(ks)
}

func main() {
	m := map[int]bool{1: true, 2: false, 3: true}
	fmt.Println(keys(m))
	m[4] = true
	fmt.Println(keys(m), keys(nil))
}

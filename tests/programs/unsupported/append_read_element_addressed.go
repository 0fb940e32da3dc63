// An element of `append(p, 5)` addressed and written: in gc's stack store the append shares
// p's storage and p[0] changes; memrun, not knowing p's capacity as gc has it, refuses.
package main

import "fmt"

func leaf(p []int) {
	ptr := &append(p, 5)[0]
	*ptr += 100
	fmt.Println(p[0], len(p))
}

func walk(p []int, d int) {
	if d == 2 {
		leaf(p)
		return
	}
	walk(append(p, d+1), d+1)
}

func main() {
	walk(nil, 0)
	walk([]int{}, 0)
	leaf([]int{7})
	leaf(make([]int, 1, 2))
	leaf(append([]int{1}, 2))
}

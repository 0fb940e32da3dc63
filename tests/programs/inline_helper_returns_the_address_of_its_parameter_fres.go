// probes: helper returns the address of its parameter: fresh per inlined call in a loop
package main

import "fmt"

func addr(v int) *int {
	_ = append([]int(nil), v)
	return &v
}

func main() {
	a := addr(1)
	b := addr(2)
	*a += 10
	fmt.Println(*a, *b)
	var ps [3]*int
	for i := range ps {
		ps[i] = addr(i * 5)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
}

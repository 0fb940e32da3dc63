// probes: helper takes the address of a local and returns it; each inlined call must give a fresh variable
package main

import "fmt"

func box(v int) (*int, int) {
	x := v
	s := append([]int(nil), x)
	return &x, len(s)
}

func main() {
	var ps []*int
	for i := 0; i < 3; i++ {
		p, _ := box(i)
		ps = append(ps, p)
	}
	*ps[0] = 100
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])
}

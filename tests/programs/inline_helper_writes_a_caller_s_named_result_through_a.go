// probes: helper writes a caller's named result through a pointer, then panics; recovered by the caller's defer
package main

import "fmt"

func risky(p *[]int, v int) int {
	*p = append(*p, v)
	if v > 1 {
		var a []int
		return a[v]
	}
	return v
}

func run() (log []int, err any) {
	defer func() { err = recover() }()
	for i := 0; i < 4; i++ {
		risky(&log, i)
	}
	return nil, "done"
}

func main() {
	l, e := run()
	fmt.Println(l, e)
}

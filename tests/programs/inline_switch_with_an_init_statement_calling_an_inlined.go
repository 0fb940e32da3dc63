// probes: switch with an init statement calling an inlined helper, no tag
package main

import "fmt"

func sc(v int) int {
	s := append([]int(nil), v, v*v)
	return s[1] - s[0]
}

func main() {
	for v := 0; v < 4; v++ {
		switch x := sc(v); {
		case x == 0:
			fmt.Println(v, "zero")
		case x > 5:
			fmt.Println(v, "big", x)
		default:
			fmt.Println(v, "small", x)
		}
	}
}

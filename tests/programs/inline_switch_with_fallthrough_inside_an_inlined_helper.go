// probes: switch with fallthrough inside an inlined helper
package main

import "fmt"

func lvl(n int) (s []int) {
	switch n {
	case 0:
		s = append(s, 0)
		fallthrough
	case 1:
		s = append(s, 1)
		fallthrough
	default:
		s = append(s, 2)
	}
	return
}

func main() {
	for n := 0; n < 4; n++ {
		fmt.Println(lvl(n))
	}
}

// probes: named results with bare return: must start zeroed on every call of the inlined helper
package main

import "fmt"

func acc(v int) (s []int, n int) {
	if v%2 == 0 {
		return
	}
	s = append(s, v)
	n += v
	return
}

func main() {
	for v := 1; v < 6; v++ {
		s, n := acc(v)
		fmt.Println(v, s, n)
	}
}

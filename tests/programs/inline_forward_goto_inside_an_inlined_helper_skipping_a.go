// probes: forward goto inside an inlined helper (skipping an append)
package main

import "fmt"

func maybe(s []int, v int) []int {
	if v < 0 {
		goto done
	}
	s = append(s, v)
done:
	return s
}

func main() {
	var s []int
	for _, v := range []int{3, -1, 4, -5, 6} {
		s = maybe(s, v)
	}
	fmt.Println(s)
}

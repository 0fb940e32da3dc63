// probes: helper called in a loop whose results are compared for aliasing
package main

import "fmt"

func one(x int) []int {
	var s []int
	s = append(s, x)
	return s
}

func main() {
	var prev []int
	for i := 0; i < 3; i++ {
		r := one(i)
		if prev != nil {
			prev = append(prev, 100)
			fmt.Println(i, r[0], prev[0], len(prev))
		}
		prev = r
	}
}

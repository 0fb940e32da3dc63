package main

import "fmt"

func main() {
	var s []int
	step := func(x int) int {
		if x == 1 {
			s = append(s, -1)
		} else {
			s = append(s, x)
			j := 0
		L:
			j++
			if j < x {
				goto L
			}
			return j
		}
		return 0
	}
	fmt.Println(step(1), step(3), step(5), s)
}

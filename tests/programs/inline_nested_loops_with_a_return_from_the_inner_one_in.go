// probes: nested loops with a return from the inner one (inlined helper), called in a loop
package main

import "fmt"

func pairSum(a []int, t int) []int {
	for _, x := range a {
		for _, y := range a {
			if x+y == t {
				return append(a[:0:0], x, y)
			}
		}
	}
	return a
}

func main() {
	a := []int{1, 5, 3, 7}
	for t := 6; t < 13; t += 2 {
		fmt.Println(t, pairSum(a, t))
	}
}

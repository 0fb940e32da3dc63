// probes: early return from inside a loop in an inlined helper, called repeatedly in a caller loop
package main

import "fmt"

func first(s []int, t int) int {
	for i, v := range s {
		if v >= t {
			return i
		}
	}
	return len(append(s, 0))
}

func main() {
	s := []int{1, 4, 9, 16}
	for t := 0; t < 20; t += 5 {
		fmt.Println(t, first(s, t))
	}
	fmt.Println(s)
}

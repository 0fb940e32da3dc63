// probes: helper local names equal the caller's names (s, i, v): renaming must keep them apart
package main

import "fmt"

func f(v int) []int {
	var s []int
	for i := 0; i < v; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		v := f(i)
		s = append(s, len(v))
	}
	i, v := 9, 8
	fmt.Println(s, i, v, f(2))
}

package main

import "fmt"

// Checks cap when an unreachable append follows continue inside an if in a loop.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		if i == 0 {
			continue
			s = append(s, -1)
		}
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
}

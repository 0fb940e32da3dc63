package main

import "fmt"

// Checks cap after appending to a slice reset to nil or a made slice each loop iteration.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = nil
		if i == 0 {
			s = make([]int, 1)
		}
		s = append(s, i, i)
		fmt.Println(i, len(s), cap(s))
	}
}

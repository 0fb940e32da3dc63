package main

import "fmt"

// Checks cap of slices declared inside a loop body and appended to on each iteration.
func main() {
	for i := 0; i < 3; i++ {
		var s []int
		s = append(s, i)
		fmt.Println(i, len(s), cap(s))
		b := []int{}
		b = append(b, i, i)
		fmt.Println(i, len(b), cap(b))
	}
	for j := 0; j < 2; j++ {
		s := make([]byte, 0)
		for k := 0; k < 3; k++ {
			s = append(s, 'a')
		}
		fmt.Println(j, len(s), cap(s))
	}
}

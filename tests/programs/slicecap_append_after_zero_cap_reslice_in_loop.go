package main

import "fmt"

// Checks cap when a literal slice is reset with s[:0:0] inside an append loop and when an emptied literal is appended.
func main() {
	s := []int{7}
	for i := 0; i < 3; i++ {
		s = append(s, i)
		fmt.Println(i, len(s), cap(s))
		if i == 0 {
			s = s[:0:0]
		}
	}
	u := []int{1}
	u = u[1:]
	u = append(u, 2)
	fmt.Println(len(u), cap(u))
}

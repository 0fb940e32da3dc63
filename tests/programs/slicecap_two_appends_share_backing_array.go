package main

import "fmt"

// Checks that two appends to the same len-2 slice share its backing array, then appends after reset to nil and to s[:0].
func main() {
	var s []int
	s = append(s, 1, 2)
	t := append(s, 3)
	u := append(s, 4)
	fmt.Println(len(t), cap(t), t[2], len(u), cap(u), u[2])
	fmt.Println(t[2] == u[2])
	s = nil
	s = append(s, 9)
	fmt.Println(len(s), cap(s))
	s = s[:0]
	s = append(s, 8)
	fmt.Println(len(s), cap(s), t[0], u[0])
}

package main

import "fmt"

// Checks values and caps of aliases taken between successive appends when the aliases are appended to independently.
func main() {
	var s []int
	s = append(s, 1)
	a := s
	s = append(s, 2)
	b := s
	s = append(s, 3)
	a = append(a, 100)
	fmt.Println(s, a, b, cap(s), cap(a), cap(b))
	s = append(s, 4, 5)
	a = append(a, 200)
	fmt.Println(s, a, b, cap(s), cap(a), cap(b))
}

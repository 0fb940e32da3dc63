package main

import "fmt"

// Checks cap after multi-value and spread appends to nil slices and after resetting them to nil.
func main() {
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println(len(s), cap(s))
	s = nil
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
	var b []byte
	b = append(b, "0123456789012345678901234567890123456789"...)
	fmt.Println(len(b), cap(b))
	b = nil
	b = append(b, 'x')
	fmt.Println(len(b), cap(b))
	var c []int
	c = append(c, make([]int, 2)...)
	fmt.Println(len(c), cap(c))
	c = nil
	c = append(c, 1)
	fmt.Println(len(c), cap(c))
}

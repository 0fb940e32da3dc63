package main

import "fmt"

// Checks cap of a one-element append read by index, then grown in a loop and printed with fmt.Println.
func main() {
	var s []int
	s = append(s, 1)
	fmt.Println(s[0], len(s), cap(s))
	fmt.Println(s[len(s)-1])
	for i := 0; i < 6; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s))
	fmt.Println(s)
}

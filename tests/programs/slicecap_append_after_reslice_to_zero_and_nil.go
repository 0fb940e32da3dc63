package main

import "fmt"

// Checks cap when a grown slice is resliced to s[:0] and appended, then set to nil and appended again.
func main() {
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println(len(s), cap(s))
	s = s[:0]
	s = append(s, 9)
	fmt.Println(len(s), cap(s))
	s = nil
	s = append(s, 9)
	fmt.Println(len(s), cap(s))
}

package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a copy that is read only inside if false.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	t := s
	if false {
		fmt.Println(t)
	}
	fmt.Println(len(s))
}

package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a for loop whose init copies the slice.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	for t := s; len(t) > 0; t = t[1:] {
		sink += t[0]
	}
	fmt.Println(len(s))
}

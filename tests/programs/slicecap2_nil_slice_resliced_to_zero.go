package main

import "fmt"

var sink int

// Checks cap growth in an append loop on a nil slice first resliced with s[:0].
func main() {
	var s []int
	s = s[:0]
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	_ = s
	fmt.Println(len(s))
}

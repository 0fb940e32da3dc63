package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a copy read only in an unmatched constant switch case.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	var t []int
	t = s
	switch 1 {
	case 2:
		sink = len(t)
	}
	fmt.Println(len(s))
}

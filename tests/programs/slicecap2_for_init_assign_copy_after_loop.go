package main

import "fmt"

var sink int

// Checks cap growth in an append loop followed by a for loop whose init assigns the slice to a variable.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	var t []int
	for t = s; len(t) > 0; {
		t = t[1:]
	}
	fmt.Println(len(s))
}

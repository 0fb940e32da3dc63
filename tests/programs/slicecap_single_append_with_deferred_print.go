package main

import "fmt"

// Checks cap of a single append to a nil []int in a main that has a deferred call.
func main() {
	defer fmt.Println("bye")
	var s []int
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
}

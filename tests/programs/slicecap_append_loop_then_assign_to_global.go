package main

import "fmt"

var global []int

// Checks cap growth of a loop-appended slice that is finally assigned to a package-level variable.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	global = s
}

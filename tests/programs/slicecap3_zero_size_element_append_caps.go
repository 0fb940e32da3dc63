package main

import "fmt"

// Checks append capacities for zero-size element types.
func main() {
	var s []struct{}
	for i := 0; i < 6; i++ {
		s = append(s, struct{}{})
		fmt.Print(cap(s), " ")
	}
	var t [][0]int
	for i := 0; i < 3; i++ {
		t = append(t, [0]int{})
		fmt.Print(cap(t), " ")
	}
	fmt.Println(len(s), len(t))
}

package main

import "fmt"

// Checks capacity when the slice is copied to another variable on every append iteration.
func main() {
	var s, t []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
		t = s
	}
	fmt.Println(len(t), cap(t), cap(s))
}

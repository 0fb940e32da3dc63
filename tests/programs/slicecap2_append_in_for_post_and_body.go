package main

import "fmt"

// Checks appends in both the post statement and the body of a for loop.
func main() {
	var s []int
	for i := 0; i < 2; i, s = i+1, append(s, 1) {
		s = append(s, 2)
	}
	fmt.Println(len(s), cap(s))
	var t []int
	for i := 0; i < 1; t = append(t, 1) {
		i++
		t = append(t, 2)
	}
	fmt.Println(len(t), cap(t))
}

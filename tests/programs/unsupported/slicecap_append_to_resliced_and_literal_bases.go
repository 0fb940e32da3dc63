package main

import "fmt"

// Checks cap for appends to s[:0], []int(nil), []int{} and a w[:0:0] full slice expression.
func main() {
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println(len(s), cap(s))
	s = append(s[:0], 9)
	fmt.Println(len(s), cap(s))
	t := append([]int(nil), 1, 2)
	fmt.Println(len(t), cap(t))
	u := append([]int{}, 1)
	fmt.Println(len(u), cap(u))
	var w []int
	w = append(w, 1)
	w = append(w[:0:0], 2)
	fmt.Println(len(w), cap(w))
}

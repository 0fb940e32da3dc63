package main

import "fmt"

// Checks capacity after swapping two elements of a slice of slices.
func main() {
	var a, b []int
	a = append(a, 1)
	b = append(b, 2)
	ss := [][]int{a, b}
	ss[0], ss[1] = ss[1], ss[0]
	fmt.Println(cap(a), cap(b), ss[0][0])
}

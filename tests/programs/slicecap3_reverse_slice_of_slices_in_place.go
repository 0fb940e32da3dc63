package main

import "fmt"

// Checks capacity after reversing a slice of slices in place.
func main() {
	var a, b, c []int
	a = append(a, 1)
	b = append(b, 2)
	c = append(c, 3)
	ss := [][]int{a, b, c}
	for i, j := 0, len(ss)-1; i < j; i, j = i+1, j-1 {
		ss[i], ss[j] = ss[j], ss[i]
	}
	fmt.Println(cap(a), cap(b), cap(c), ss[0][0], ss[2][0])
}

package main

import "fmt"

// Checks capacity after ss[0] = ss[1] in a slice of slices.
func main() {
	var inner []int
	inner = append(inner, 1)
	ss := [][]int{nil, inner}
	ss[0] = ss[1]
	fmt.Println(len(inner), cap(inner), len(ss[0]))
}

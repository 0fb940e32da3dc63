package main

import "fmt"

// Checks capacity after p[0] = p[1] through a pointer to an array of slices.
func main() {
	var s []int
	s = append(s, 1)
	var arr [2][]int
	arr[1] = s
	p := &arr
	p[0] = p[1]
	fmt.Println(len(s), cap(s), len(arr[0]))
}

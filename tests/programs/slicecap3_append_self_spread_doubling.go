package main

import "fmt"

// Checks capacity when a slice is repeatedly appended to itself with s....
func main() {
	var s []int
	s = append(s, 1)
	s = append(s, s...)
	s = append(s, s...)
	fmt.Println(len(s), cap(s))
	s = append(s, s...)
	fmt.Println(len(s), cap(s))
}

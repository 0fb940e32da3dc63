package main

import "fmt"

// Checks appending a slice to itself with spread and copying a byte slice onto an overlapping subslice.
func main() {
	var s []int
	s = append(s, 1, 2)
	s = append(s, s...)
	fmt.Println(len(s), cap(s), s)
	s = append(s, s...)
	fmt.Println(len(s), cap(s), s)
	b := []byte("abcdef")
	copy(b[1:], b)
	fmt.Println(string(b), len(b), cap(b))
	var t []byte
	t = append(t, "xyz"...)
	fmt.Println(len(t), cap(t))
	t = append(t, t...)
	fmt.Println(len(t), cap(t))
}

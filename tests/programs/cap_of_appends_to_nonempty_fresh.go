package main

import "fmt"

// Appends to fresh slices that are never empty (literals with elements, make of a constant
// positive length, conversions of non-empty constants): gc's stack store serves only appends
// to empty slices, so these grow with growslice wherever their storage is.
func main() {
	fmt.Println(cap(append([]rune("hé"), 'x')), cap(append([]rune("héllo wörld, a long one"), 'x')))
	a := append(make([]int, 2, 3), 1)
	b := append(make([]int, 2, 3), 1, 2)
	fmt.Println(cap(a), cap(b), cap(append([]string{"a"}, "b", "c")), cap(append([]byte("x"), "yz"...)))
	m3 := append([]int{1, 2, 3, 4, 5}, 6)
	fmt.Println(cap(m3), cap(append([]byte("abc"), 'd')), cap(append([]int32{1}, 2, 3, 4, 5, 6)))
	s := []int{1}
	fmt.Println(len(s), cap(append([]int{1, 2}, s...)))
}

package main

import "fmt"

// Checks cap when appending past the capacity of slices of local arrays, and that the first array is left unchanged.
func main() {
	var arr [3]int
	s := arr[:0]
	s = append(s, 1, 2, 3, 4)
	fmt.Println(len(s), cap(s), arr)
	var arr2 [2]byte
	b := arr2[:0]
	b = append(b, 'a', 'b', 'c')
	fmt.Println(len(b), cap(b))
	var arr3 [1]int
	c := arr3[:]
	c = append(c, 5)
	fmt.Println(len(c), cap(c))
}

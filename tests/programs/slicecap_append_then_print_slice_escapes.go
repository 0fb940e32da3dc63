package main

import "fmt"

// Checks cap of a one-element append to a nil []int when the slice is later passed to fmt.Println or fmt.Printf.
func main() {
	var s []int
	s = append(s, 1)
	fmt.Println(s)
	fmt.Println(len(s), cap(s))
	var t []int
	t = append(t, 1)
	fmt.Println(len(t), cap(t))
	fmt.Printf("%v\n", t)
}

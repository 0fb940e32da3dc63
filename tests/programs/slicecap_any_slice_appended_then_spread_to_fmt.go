package main

import "fmt"

// Checks cap of []any slices built by append and then spread into fmt.Println, fmt.Printf and fmt.Sprint.
func main() {
	var a []any
	a = append(a, 1)
	fmt.Println(a...)
	fmt.Println(len(a), cap(a))
	var b []any
	b = append(b, "x", 2)
	fmt.Printf("%v-%v\n", b...)
	fmt.Println(len(b), cap(b))
	var c []any
	c = append(c, 1)
	s := fmt.Sprint(c...)
	fmt.Println(s, len(c), cap(c))
}

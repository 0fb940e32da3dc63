package main

import "fmt"

// Checks capacity of a single append of several values for various element types.
func main() {
	var a []string
	a = append(a, "a", "b")
	fmt.Println(cap(a))
	var b []string
	b = append(b, "a", "b", "c")
	fmt.Println(cap(b))
	var c []int
	c = append(c, 1, 2, 3, 4, 5)
	fmt.Println(cap(c))
	var d []byte
	d = append(d, 'a', 'b', 'c')
	fmt.Println(cap(d))
	var e [][]int
	e = append(e, nil)
	e = append(e, nil)
	fmt.Println(cap(e))
}

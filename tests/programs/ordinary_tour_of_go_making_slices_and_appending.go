// Tour of Go: making slices and appending
package main

import "fmt"

func printSlice(name string, x []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(x), cap(x), x)
}

func main() {
	a := make([]int, 5)
	printSlice("a", a)

	b := make([]int, 0, 5)
	printSlice("b", b)

	c := b[:2]
	printSlice("c", c)

	d := c[2:5]
	printSlice("d", d)

	var s []int
	printSlice("s", s)

	// append works on nil slices.
	s = append(s, 0)
	printSlice("s", s)

	// The slice grows as needed.
	s = append(s, 1)
	printSlice("s", s)

	// We can add more than one element at a time.
	s = append(s, 2, 3, 4)
	printSlice("s", s)
}

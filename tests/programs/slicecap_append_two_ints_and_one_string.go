package main

import "fmt"

// Checks cap after appending two ints to a nil []int and one string to a nil []string, then reading elements.
func main() {
	var b []int
	b = append(b, 1, 2)
	fmt.Println(len(b), cap(b))
	fmt.Println(b[0] + b[1])
	var w []string
	w = append(w, "x")
	fmt.Println(len(w), cap(w), w[0])
}

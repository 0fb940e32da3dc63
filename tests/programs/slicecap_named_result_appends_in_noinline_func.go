package main

import "fmt"

//go:noinline
func f() (r []int) {
	r = append(r, 1)
	r = append(r, 2)
	r = append(r, 3)
	fmt.Println(len(r), cap(r))
	return
}

// Checks cap of a named result slice appended three times in a noinline function and returned with a bare return.
func main() {
	x := f()
	fmt.Println(len(x))
}

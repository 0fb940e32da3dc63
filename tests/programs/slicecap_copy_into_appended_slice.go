package main

import "fmt"

// Checks copy into a one-element appended slice before and after reslicing it to its capacity.
func main() {
	src := []int{1, 2, 3, 4, 5, 6, 7}
	var d []int
	d = append(d, 0)
	n := copy(d, src)
	fmt.Println(n, len(d), cap(d))
	d = d[:cap(d)]
	n = copy(d, src)
	fmt.Println(n, len(d), cap(d), d)
	var e []byte
	e = append(e, 0)
	e = e[:cap(e)]
	n = copy(e, "hello world")
	fmt.Println(n, len(e), cap(e))
}

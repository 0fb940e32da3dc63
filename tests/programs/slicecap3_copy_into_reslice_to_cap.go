package main

import "fmt"

// Checks copy into s[:cap(s)] after a single append only fills the real capacity.
func main() {
	var s []int
	s = append(s, 1)
	n := copy(s[:cap(s)], []int{5, 6, 7, 8, 9})
	fmt.Println(n, s[:n])
}

package main

import "fmt"

// Checks cap across five sequential single appends, a reslice-and-append, and a string spread append to []byte.
func main() {
	var s []int
	s = append(s, 1)
	s = append(s, 2)
	s = append(s, 3)
	s = append(s, 4)
	fmt.Println(len(s), cap(s))
	s = append(s, 5)
	fmt.Println(len(s), cap(s))
	s = s[:2]
	s = append(s, 6)
	fmt.Println(len(s), cap(s), s[2], s[:5][4])
	var b []byte
	b = append(b, "abc"...)
	b = append(b, 'd')
	fmt.Println(len(b), cap(b))
}

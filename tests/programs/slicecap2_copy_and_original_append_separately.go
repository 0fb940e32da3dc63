package main

import "fmt"

var sink int
var g []int

type S struct {
	f []int
	n int
}

// Checks a copy of an appended slice and the original each appended to afterwards.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	var t []int
	t = s
	fmt.Println(len(t), cap(t))
	t = append(t, 9)
	s = append(s, 8)
	fmt.Println(t[3], s[3])
}

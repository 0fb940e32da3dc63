package main

import (
	"fmt"
	"os"
)

// Checks cap of a []byte conversion and an appended slice after unread copies are self-assigned.
func main() {
	str := "hello" + os.Args[0][:0]
	b := []byte(str)
	c := b
	c = c
	fmt.Println(len(b), cap(b))
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	var x, y []int
	x, y = s, s
	x, y = x, y
	t := s
	fmt.Println(len(t), cap(t))
}

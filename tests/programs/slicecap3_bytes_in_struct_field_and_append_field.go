package main

import "fmt"

type T struct {
	a []byte
	c []byte
}

// Checks []byte conversion stored in a struct field next to an appended field.
func main() {
	s := fmt.Sprint("hello")
	b := []byte(s)
	var v T
	v.a = b
	v.c = append(v.c, 'x')
	fmt.Println(len(b), cap(b), len(v.a), len(v.c))
}

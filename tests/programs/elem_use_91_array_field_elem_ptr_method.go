package main

import (
	"fmt"
)

type C struct{ v int8 }

func (c *C) Inc() { c.v++ }

type T struct {
	a  int16
	cs [2]C
}

//go:noinline
func build(n int) []T {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: int16(i)})
		s[i].cs[1].v = 3
		s[i].cs[0].Inc()
	}
	return s
}

func main() {
	for n := 0; n < 9; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}

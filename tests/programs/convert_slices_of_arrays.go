package main

import (
	"fmt"
	"slices"
)

type M [][3]int
type P [][2]string

// A conversion between slice types whose elements are arrays is an ordinary conversion
// (memrun took it for a slice-to-array-pointer conversion and panicked at run time), as in
// slices.Clone of such a slice; conversions to arrays and array pointers are checked.
func main() {
	s := slices.Clone([][3]int{{1}})
	fmt.Println(len(s), s)
	m := M(s)
	m[0][1] = 7
	fmt.Println(m, s)
	p := P([][2]string{{"a", "b"}})
	fmt.Println(p, len(p))
	q := (*[1][3]int)(s)
	fmt.Println(q[0])
	r := [1][3]int(m)
	fmt.Println(r)
}

// slices.Clone and bytes.Clone, which gc inlines: the append to an empty slice is on the heap
// where fmt prints the variable holding it, at a heap append's capacity.
package main

import (
	"bytes"
	"fmt"
	"slices"
)

func main() {
	c := slices.Clone([]int{1, 2, 3})
	fmt.Println(c, cap(c))
	d := slices.Clone([]string{"a"})
	d2 := append(d, "b")
	d3 := append(d, "c")
	fmt.Println(d, d2, d3, cap(d))
	b := bytes.Clone([]byte("hey"))
	fmt.Println(b, cap(b))
	b2 := append(b, '!')
	fmt.Println(string(b2))
	var n []int
	e := slices.Clone(n)
	fmt.Println(e, e == nil, cap(e))
}

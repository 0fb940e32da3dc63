package main

import "fmt"

type B3 [3]byte
type B5 [5]byte
type B7 [7]byte
type B9 [9]byte
type S12 struct{ a, b, c int32 }

// Checks cap of copies of slices filled by append loops for odd-sized element types.
func main() {
	var a []B3
	for i := 0; i < 7; i++ {
		a = append(a, B3{})
	}
	a2 := a
	var b []B5
	for i := 0; i < 3; i++ {
		b = append(b, B5{})
	}
	b2 := b
	var c []B7
	for i := 0; i < 3; i++ {
		c = append(c, B7{})
	}
	c2 := c
	var d []B9
	for i := 0; i < 2; i++ {
		d = append(d, B9{})
	}
	d2 := d
	var f []S12
	for i := 0; i < 2; i++ {
		f = append(f, S12{})
	}
	f2 := f
	var h []string
	for i := 0; i < 1; i++ {
		h = append(h, "x")
	}
	h2 := h
	var k []int16
	for i := 0; i < 5; i++ {
		k = append(k, 1)
	}
	k2 := k
	fmt.Println(cap(a2), cap(b2), cap(c2), cap(d2), cap(f2), cap(h2), cap(k2))
}

package main

import "fmt"

type P struct {
	a int64
	b int8
}

// Checks append capacities for many element sizes side by side.
func main() {
	var a [][3]byte
	var b []uint16
	var c [][5]int16
	var d []P
	var e [][4]int64
	var f [][33]byte
	var g []float32
	var h []bool
	for i := 0; i < 12; i++ {
		a = append(a, [3]byte{})
		b = append(b, 1)
		c = append(c, [5]int16{})
		d = append(d, P{})
		e = append(e, [4]int64{})
		f = append(f, [33]byte{})
		g = append(g, 1)
		h = append(h, true)
		fmt.Println(i, cap(a), cap(b), cap(c), cap(d), cap(e), cap(f), cap(g), cap(h))
	}
}

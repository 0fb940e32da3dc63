package main

import "fmt"

type P struct {
	x int32
	y int16
}

type Q struct {
	a byte
	b int64
}

// Checks cap growth when appending padded structs, float64, float32, bool and uint16 values in one loop.
func main() {
	var a []P
	var b []Q
	var c []float64
	var d []float32
	var e []bool
	var f []uint16
	for i := 0; i < 10; i++ {
		a = append(a, P{})
		b = append(b, Q{})
		c = append(c, 1.5)
		d = append(d, 1)
		e = append(e, true)
		f = append(f, 1)
		fmt.Println(i, cap(a), cap(b), cap(c), cap(d), cap(e), cap(f))
	}
}

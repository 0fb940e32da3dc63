package main

import "fmt"

type E11 [11]byte
type E10 [10]byte
type E5 [5]byte
type E3 [3]byte
type E7 [7]byte

// Checks cap growth when appending [11]byte, [10]byte, [5]byte, [3]byte and [7]byte elements in one loop.
func main() {
	var a []E11
	var b []E10
	var c []E5
	var d []E3
	var e []E7
	for i := 0; i < 8; i++ {
		a = append(a, E11{})
		b = append(b, E10{})
		c = append(c, E5{})
		d = append(d, E3{})
		e = append(e, E7{})
		fmt.Println(i, cap(a), cap(b), cap(c), cap(d), cap(e))
	}
}

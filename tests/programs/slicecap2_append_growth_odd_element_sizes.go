package main

import "fmt"

type B3 [3]byte
type B5 [5]byte
type B7 [7]byte
type B9 [9]byte
type P struct {
	p *int
	x int32
}
type S12 struct{ a, b, c int32 }

// Checks cap growth of append loops over odd-sized arrays, pointer-holding structs, 12-byte structs and strings.
func main() {
	var a []B3
	for i := 0; i < 12; i++ {
		a = append(a, B3{})
		fmt.Print(cap(a), " ")
	}
	_ = a
	fmt.Println()
	var b []B5
	for i := 0; i < 8; i++ {
		b = append(b, B5{})
		fmt.Print(cap(b), " ")
	}
	_ = b
	fmt.Println()
	var c []B7
	for i := 0; i < 6; i++ {
		c = append(c, B7{})
		fmt.Print(cap(c), " ")
	}
	_ = c
	fmt.Println()
	var d []B9
	for i := 0; i < 5; i++ {
		d = append(d, B9{})
		fmt.Print(cap(d), " ")
	}
	_ = d
	fmt.Println()
	var e []P
	for i := 0; i < 4; i++ {
		e = append(e, P{})
		fmt.Print(cap(e), " ")
	}
	_ = e
	fmt.Println()
	var f []S12
	for i := 0; i < 4; i++ {
		f = append(f, S12{})
		fmt.Print(cap(f), " ")
	}
	_ = f
	fmt.Println()
	var h []string
	for i := 0; i < 4; i++ {
		h = append(h, "x")
		fmt.Print(cap(h), " ")
	}
	_ = h
	fmt.Println()
}

package main

import "fmt"

// Appends of several elements at once, fitting or exceeding 32 bytes.
func main() {
	var a []int
	a = append(a, 1, 2, 3, 4)
	fmt.Println("int x4:", len(a), cap(a))
	var b []int
	b = append(b, 1, 2, 3, 4, 5)
	fmt.Println("int x5:", len(b), cap(b))
	b = append(b, 6)
	fmt.Println("int x5+1:", len(b), cap(b))
	b = append(b, 7)
	fmt.Println("int x5+2:", len(b), cap(b))
	var c []int
	c = append(c, 1, 2, 3)
	fmt.Println("int x3:", len(c), cap(c))
	c = append(c, 4, 5)
	fmt.Println("int x3+2:", len(c), cap(c))
	var d []int32
	d = append(d, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	fmt.Println("int32 x9:", len(d), cap(d))
	var e []uint16
	e = append(e, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)
	fmt.Println("uint16 x16:", len(e), cap(e))
	var f []uint16
	f = append(f, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)
	fmt.Println("uint16 x17:", len(f), cap(f))
	var g []string
	g = append(g, "a", "b", "c")
	fmt.Println("string x3:", len(g), cap(g), g[2])
	var h []int
	h = append(h, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	fmt.Println("int x9:", len(h), cap(h), h[8])
}

package main

import "fmt"

// Slices from make with len 0 / cap 0 / small caps.
func main() {
	a := make([]int, 0)
	a = append(a, 1)
	fmt.Println("make(0)", len(a), cap(a))
	b := make([]int, 0, 0)
	b = append(b, 1)
	fmt.Println("make(0,0)", len(b), cap(b))
	c := make([]int, 0, 1)
	c = append(c, 1)
	fmt.Println("make(0,1) +1", len(c), cap(c))
	c = append(c, 2)
	fmt.Println("make(0,1) +2", len(c), cap(c))
	d := make([]int, 0, 2)
	for i := 0; i < 6; i++ {
		d = append(d, i)
		fmt.Println("make(0,2) loop", i, len(d), cap(d))
	}
	e := make([]int, 1)
	e = append(e, 1)
	fmt.Println("make(1) +1", len(e), cap(e), e[0])
	n := 0
	f := make([]int, n)
	f = append(f, 5)
	fmt.Println("make(n=0) +1", len(f), cap(f))
	g := make([]byte, 0, 3)
	g = append(g, 'a', 'b', 'c', 'd')
	fmt.Println("make([]byte,0,3) +4", len(g), cap(g))
	h := make([]string, 0)
	h = append(h, "x")
	fmt.Println("make([]string,0)", len(h), cap(h), h[0])
}

package main

import "fmt"

//go:noinline
func mut(b []byte) { b[0] = 'M' }

//go:noinline
func rd(b []byte) int { return int(b[0]) }

// Checks cap of []byte conversions of a runtime string that are read or mutated by callees, subslices and copy.
func main() {
	s := fmt.Sprint("hello", 12)
	a := []byte(s)
	fmt.Println(rd(a), len(a), cap(a))
	b := []byte(s)
	mut(b)
	fmt.Println(string(b), len(b), cap(b))
	c := []byte(s)
	d := c[1:]
	d[0] = 'E'
	fmt.Println(len(c), cap(c), string(c))
	e := []byte(s)
	copy(e, "J")
	fmt.Println(len(e), cap(e), string(e))
	f := []byte(s)
	n := copy(make([]byte, 3), f)
	fmt.Println(n, len(f), cap(f))
}

package main

import "fmt"

const cs = "constant-string"

type MyStr string

// Checks cap of mutated []byte and []rune conversions of constants, constant concatenations, named string types and substrings.
func main() {
	a := []byte(cs)
	a[0] = 'C'
	fmt.Println(len(a), cap(a))
	b := []byte("ab" + "cd")
	b[0] = 'A'
	fmt.Println(len(b), cap(b))
	var m MyStr = "named"
	c := []byte(m)
	c[0] = 'N'
	fmt.Println(len(c), cap(c))
	x := fmt.Sprint(7)
	d := []byte(cs + x)
	d[0] = 'D'
	fmt.Println(len(d), cap(d))
	e := []byte(x[0:1])
	e[0] = 'E'
	fmt.Println(len(e), cap(e))
	f := []byte("0123456789012345678901234567890123456789")
	f[0] = 'F'
	fmt.Println(len(f), cap(f))
	g := []rune(cs)
	g[0] = 'G'
	fmt.Println(len(g), cap(g))
	h := []rune(x)
	fmt.Println(len(h), cap(h))
}

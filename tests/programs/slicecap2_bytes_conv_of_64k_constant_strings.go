package main

import "fmt"

const a = "0123456789abcdef"
const c1 = a + a
const c2 = c1 + c1
const c3 = c2 + c2
const c4 = c3 + c3
const c5 = c4 + c4
const c6 = c5 + c5
const c7 = c6 + c6
const c8 = c7 + c7
const c9 = c8 + c8
const c10 = c9 + c9
const c11 = c10 + c10
const c12 = c11 + c11

var g []byte

// Checks len and cap of []byte conversions of 64KiB constant strings and concatenations.
func main() {
	b := []byte(c12)
	b[0] = 'x'
	fmt.Println(len(b), cap(b))
	c := []byte(c12 + "y")
	c[0] = 'x'
	fmt.Println(len(c), cap(c))
	d := []byte(c12 + "y")
	g = d
	fmt.Println(len(d), cap(d))
	e := []byte(c5 + "y")
	g = e
	fmt.Println(len(e), cap(e))
}

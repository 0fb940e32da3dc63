package main

import "fmt"

// Checks contents, len and cap of []byte and []rune conversions of literals and string variables.
func main() {
	b := []byte("hello")
	fmt.Println(b, len(b), cap(b))
	c := []byte("abc")
	c[0] = 'x'
	fmt.Println(c, cap(c))
	r := []rune("héllo")
	fmt.Println(r, cap(r))
	x := "qq"
	d := []byte(x)
	fmt.Println(d, cap(d))
	e := []byte(x + "z")
	fmt.Println(e, cap(e))
}

package main

import "fmt"

// Checks capacity of empty []byte and []rune conversions before and after append.
func main() {
	e := fmt.Sprint()
	b := []byte(e)
	b = append(b[:0:0], b...)
	fmt.Println(len(b), cap(b))
	c := []byte(e)
	fmt.Println(len(c), cap(c))
	c = append(c, 'x')
	fmt.Println(len(c), cap(c))
	d := []byte("")
	fmt.Println(len(d), cap(d))
	d = append(d, 'x')
	fmt.Println(len(d), cap(d))
	r := []rune(e)
	fmt.Println(len(r), cap(r))
	r = append(r, 'x')
	fmt.Println(len(r), cap(r))
}

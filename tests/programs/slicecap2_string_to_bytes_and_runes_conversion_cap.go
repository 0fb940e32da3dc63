package main

import "fmt"

const K = "hello"

// Checks len and cap of []byte and []rune conversions of constant and literal strings, short and long.
func main() {
	b := []byte("hello")
	b[0] = 'j'
	fmt.Println(len(b), cap(b), string(b))
	c := []byte(K)
	c = append(c, '!')
	fmt.Println(len(c), cap(c), string(c))
	d := []byte(K + " world")
	d[0] = 'H'
	fmt.Println(len(d), cap(d))
	r := []rune("héllo")
	r[0] = 'j'
	fmt.Println(len(r), cap(r), string(r))
	e := []byte("")
	e = append(e, 'x')
	fmt.Println(len(e), cap(e))
	f := []byte("this is a string longer than thirty-two bytes")
	f[0] = 'T'
	fmt.Println(len(f), cap(f))
}

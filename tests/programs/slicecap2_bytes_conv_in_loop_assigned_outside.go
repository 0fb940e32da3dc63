package main

import (
	"fmt"
	"os"
)

// Checks cap of []byte and []rune conversions made inside loops and kept in outer variables.
func main() {
	str := "hello" + os.Args[0][:0]
	var p []byte
	for i := 0; i < 2; i++ {
		b := []byte(str)
		b[0] = 'x'
		p = b
	}
	fmt.Println(len(p), cap(p))
	var q []byte
	for i := 0; i < 2; i++ {
		q = []byte(str)
		q[0] = 'y'
	}
	fmt.Println(len(q), cap(q))
	var r []rune
	for range 1 {
		r = []rune(str)
	}
	fmt.Println(len(r), cap(r))
	for i := 0; i < 2; i++ {
		c := []byte(str)
		c[1] = 'z'
		fmt.Println(len(c), cap(c))
	}
}

package main

import (
	"fmt"
	"os"
)

//go:noinline
func m2(b []byte) { b[0] = 'X' }

//go:noinline
func m1(b []byte) { m2(b) }

//go:noinline
func deadMut(b []byte) int {
	if false {
		b[0] = 'Z'
	}
	return len(b)
}

//go:noinline
func condMut(b []byte, n int) int {
	if n > 100 {
		b[0] = 'Z'
	}
	return len(b)
}

//go:noinline
func id(b []byte) []byte { return b }

//go:noinline
func afterRet(b []byte) int {
	return len(b)
	b[0] = 1
	return 0
}

// Checks cap and contents of []byte conversions given to noinline callees that mutate them via a call chain, conditionally, in dead code or via an alias.
func main() {
	str := "hello" + os.Args[0][:0]
	a := []byte(str)
	m1(a)
	fmt.Println(cap(a), string(a))
	b := []byte(str)
	fmt.Println(deadMut(b), cap(b))
	c := []byte(str)
	fmt.Println(condMut(c, 1), cap(c))
	d := []byte(str)
	d2 := id(d)
	fmt.Println(cap(d), len(d2))
	e := []byte(str)
	e2 := id(e)
	e2[0] = 'E'
	fmt.Println(cap(e), string(e))
	f := []byte(str)
	fmt.Println(afterRet(f), cap(f))
	fmt.Println(str)
}

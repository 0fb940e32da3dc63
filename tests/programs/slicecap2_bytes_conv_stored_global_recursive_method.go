package main

import (
	"fmt"
	"os"
)

type W struct{ b []byte }

var g []byte

//go:noinline
func put(w *W, b []byte) { w.b = b }

//go:noinline
func glob(b []byte) { g = b }

//go:noinline
func rec(b []byte, n int) int {
	if n == 0 {
		return len(b)
	}
	if n == 100 {
		b[0] = 'R'
	}
	return rec(b, n-1)
}

type B []byte

//go:noinline
func (b B) Set() { b[0] = 'S' }

//go:noinline
func (b B) Get() byte { return b[0] }

// Checks cap of []byte conversions stored through pointers, to globals, passed recursively, or used by named-type methods.
func main() {
	str := "hello" + os.Args[0][:0]
	a := []byte(str)
	var w W
	put(&w, a)
	fmt.Println(cap(a), len(w.b))
	b := []byte(str)
	glob(b)
	fmt.Println(cap(b))
	c := []byte(str)
	fmt.Println(rec(c, 3), cap(c))
	d := []byte(str)
	B(d).Set()
	fmt.Println(cap(d), string(d))
	e := []byte(str)
	fmt.Println(B(e).Get(), cap(e))
	fmt.Println(str)
}

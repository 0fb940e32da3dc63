package main

import (
	"fmt"
	"strconv"
)

//go:noinline
func poke(b []byte) { pokeInner(b) }

//go:noinline
func pokeInner(b []byte) { b[0] = '#' }

// Checks cap of []byte conversions of a runtime string mutated via element pointer, swap, subslice, callee, range and aliases.
func main() {
	str := strconv.Itoa(123456)
	a := []byte(str)
	p := &a[0]
	*p = 'x'
	fmt.Println(len(a), cap(a), string(a))
	b := []byte(str)
	b[1]++
	fmt.Println(len(b), cap(b))
	c := []byte(str)
	c[0], c[1] = c[1], c[0]
	fmt.Println(len(c), cap(c), string(c))
	d := []byte(str)
	d = d[2:]
	d[0] = 'y'
	fmt.Println(len(d), cap(d))
	e := []byte(str)
	poke(e)
	fmt.Println(len(e), cap(e), string(e))
	f := []byte(str)
	var g []byte
	if len(str) > 3 {
		g = f
	}
	fmt.Println(len(f), cap(f), len(g))
	h := []byte(str)
	for i := range h {
		h[i] = 'z'
	}
	fmt.Println(len(h), cap(h), string(h))
	k := []byte(str)
	q := []byte(str)
	w := k
	if len(q) > 100 {
		w = q
	}
	w[0] = 'w'
	fmt.Println(cap(k), cap(q))
}

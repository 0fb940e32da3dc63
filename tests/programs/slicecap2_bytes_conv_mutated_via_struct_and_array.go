package main

import (
	"fmt"
	"os"
)

type W struct{ b []byte }

// Checks cap and contents of []byte conversions mutated through struct fields, arrays, clear, copy and loops.
func main() {
	str := "hello" + os.Args[0][:0]
	a := []byte(str)
	w := W{a}
	w.b[0] = 'A'
	fmt.Println(cap(a), string(a))
	b := []byte(str)
	arr := [1][]byte{b}
	arr[0][0] = 'B'
	fmt.Println(cap(b), string(b))
	c := []byte(str)
	ss := [][]byte{c}
	ss[0][1] = 'C'
	fmt.Println(cap(c), string(c))
	d := []byte(str)
	clear(d)
	fmt.Println(cap(d), len(d))
	e := []byte(str)
	copy(e, "xy")
	fmt.Println(cap(e), string(e))
	f := []byte(str)
	f[0]++
	fmt.Println(cap(f), string(f))
	g := []byte(str)
	for i := range g {
		g[i] = 'g'
	}
	fmt.Println(cap(g), string(g))
	fmt.Println(str)
}

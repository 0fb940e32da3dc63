package main

import "fmt"

type T12 struct{ a, b, c int32 }
type T16 struct{ a, b int64 }
type T33 struct {
	a [32]byte
	b byte
}

//go:noinline
func run(n int) {
	var a []T12
	var b []T16
	var c []T33
	var d []struct{}
	var e []int16
	for i := 0; i < n; i++ {
		a = append(a, T12{})
		b = append(b, T16{})
		c = append(c, T33{})
		d = append(d, struct{}{})
		e = append(e, 1, 2)
	}
	fmt.Println(n, len(a), cap(a), cap(b), cap(c), cap(d), cap(e))
}

// Checks caps of 12-, 16-, 33- and 0-byte element slices and a two-value int16 append in a noinline loop.
func main() {
	for n := 0; n < 6; n++ {
		run(n)
	}
}

package main

import (
	"fmt"
	"os"
)

//go:noinline
func set[T any](s []T, v T) { s[0] = v }

//go:noinline
func first[T any](s []T) T { return s[0] }

//go:noinline
func variadic(bs ...[]byte) int { return len(bs[0]) }

//go:noinline
func variadicMut(bs ...[]byte) { bs[0][0] = 'V' }

//go:noinline
func cpDst(b []byte) { copy(b, "zz") }

//go:noinline
func cpSrc(b []byte) int { var x [8]byte; return copy(x[:], b) }

//go:noinline
func appendee(b []byte) int { b[0] = 113; return len(b) }

//go:noinline
func ptrMut(p *[]byte) { (*p)[0] = 'P' }

// Checks cap of []byte conversions passed to generic, variadic, copy-based and pointer-taking noinline callees.
func main() {
	str := "hello" + os.Args[0][:0]
	a := []byte(str)
	set(a, 'G')
	fmt.Println(cap(a), string(a))
	b := []byte(str)
	fmt.Println(first(b), cap(b))
	c := []byte(str)
	fmt.Println(variadic(c), cap(c))
	d := []byte(str)
	variadicMut(d)
	fmt.Println(cap(d), string(d))
	e := []byte(str)
	cpDst(e)
	fmt.Println(cap(e), string(e))
	f := []byte(str)
	fmt.Println(cpSrc(f), cap(f))
	h := []byte(str)
	fmt.Println(appendee(h), cap(h), string(h))
	fmt.Println(str)
}

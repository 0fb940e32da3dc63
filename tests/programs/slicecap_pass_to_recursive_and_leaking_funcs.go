package main

import "fmt"

//go:noinline
func rec(s []int, n int) int {
	if n == 0 {
		return len(s)
	}
	return rec(s, n-1) + 1
}

//go:noinline
func a(s []int, n int) int {
	if n == 0 {
		return len(s)
	}
	return b(s, n-1)
}

//go:noinline
func b(s []int, n int) int {
	return a(s, n)
}

var keep []int

//go:noinline
func maybeKeep(s []int, k bool) int {
	if k {
		keep = s
	}
	return len(s)
}

// Checks cap of single-append slices passed to a recursive, a mutually recursive and a conditionally leaking noinline function.
func main() {
	var s []int
	s = append(s, 1)
	fmt.Println(rec(s, 3), len(s), cap(s))
	var t []int
	t = append(t, 1)
	fmt.Println(a(t, 3), len(t), cap(t))
	var u []int
	u = append(u, 1)
	fmt.Println(maybeKeep(u, false), len(u), cap(u))
}

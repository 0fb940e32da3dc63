package main

import "fmt"

//go:noinline
func upper(b []byte) {
	for i := range b {
		b[i] -= 32
	}
}

//go:noinline
func count(b []byte) int {
	return len(b)
}

// Checks a []byte conversion passed to a callee that writes through it.
func main() {
	s := fmt.Sprint("hello")
	b := []byte(s)
	upper(b)
	fmt.Println(len(b), cap(b), s, string(b))
	c := []byte(s)
	fmt.Println(count(c), len(c), cap(c))
}

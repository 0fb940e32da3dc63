package main

import "fmt"

type C struct{ n int }

func (c *C) Inc() { c.n++ }

//go:noinline
func build(n int) []C {
	var s []C
	for i := 0; i < n; i++ {
		s = append(s, C{i})
		fmt.Print(cap(s), " ")
	}
	s[0].Inc()
	return s
}

// Checks growth of a returned slice whose element gets a pointer-method call.
func main() {
	fmt.Println(build(5))
}

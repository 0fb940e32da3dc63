// probes: 40-byte element single append helper (no store possible: element > 32 bytes?)
package main

import "fmt"

type Big struct{ a, b, c, d, e int }

func wrap(x int) []Big {
	var s []Big
	s = append(s, Big{a: x})
	return s
}

func main() {
	a := wrap(1)
	t := append(a, Big{a: 2})
	u := append(a, Big{a: 3})
	fmt.Println(len(a), t[1].a, u[1].a)
}

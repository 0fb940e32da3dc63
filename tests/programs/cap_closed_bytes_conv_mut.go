package main

import (
	"fmt"
	"strings"
)

// []byte(str) of non-constant strings, mutated (so not zero-copy).
func main() {
	for _, n := range []int{0, 1, 5, 31, 32, 33, 100} {
		str := strings.Repeat("a", n)
		b := []byte(str)
		if len(b) > 0 {
			b[0] = 'B'
		}
		fmt.Println("index-mut", n, len(b), cap(b), len(string(b)))

		c := []byte(str)
		copy(c, "zz")
		fmt.Println("copy-mut", n, len(c), cap(c))

		d := []byte(str)
		d = append(d, '!')
		fmt.Println("append-mut", n, len(d), cap(d), d[n])
	}
	x := strings.Repeat("k", 3)
	e := []byte(x)
	for i := range e {
		e[i]++
	}
	fmt.Println("range-mut", len(e), cap(e), string(e))
}

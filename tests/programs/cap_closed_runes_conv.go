package main

import (
	"fmt"
	"strings"
)

// []rune(str): read-only and mutated, ASCII and multibyte, several lengths.
func main() {
	for _, n := range []int{0, 1, 5, 31, 32, 33, 100} {
		str := strings.Repeat("a", n)
		r := []rune(str)
		fmt.Println("ascii ro", n, len(r), cap(r))
		m := []rune(str)
		if len(m) > 0 {
			m[0] = 'Z'
		}
		fmt.Println("ascii mut", n, len(m), cap(m), len(string(m)))
		u := []rune(strings.Repeat("é", n))
		fmt.Println("utf8 ro", n, len(u), cap(u))
	}
	k := []rune("héllo")
	fmt.Println("const", len(k), cap(k), string(k[1]))
	var p []rune
	p = append(p, 'x')
	fmt.Println("append rune", len(p), cap(p))
	q := []rune(strings.Repeat("b", 3))
	q = append(q, 'c')
	fmt.Println("conv3+append", len(q), cap(q), string(q))
}

// Function literals gc inlines — called where they stand, or through a variable only called —
// capture nothing once copied: their variables' slices are the enclosing function's own.
package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func main() {
	// A literal with parameters and a result, called in an expression.
	var xs []int
	for i := 0; i < 4; i++ {
		xs = append(xs, i*i)
	}
	sum := func(from int) (t int) {
		for _, v := range xs[from:] {
			t += v
		}
		return
	}
	fmt.Println(sum(0)+sum(2), len(xs), cap(xs))

	// Appends through the literal in a loop, read after.
	var words []string
	add := func(w string) {
		words = append(words, strings.ToUpper(w))
	}
	for _, w := range []string{"a", "bb", "ccc"} {
		add(w)
	}
	fmt.Println(words, len(words), cap(words))

	// A literal returning a new slice, called once where it stands.
	pts := func(n int) []point {
		var ps []point
		for i := 0; i < n; i++ {
			ps = append(ps, point{i, -i})
		}
		return ps
	}(3)
	fmt.Println(pts, len(pts), cap(pts))

	// Two literals sharing a variable.
	var buf []byte
	put := func(c byte) { buf = append(buf, c) }
	size := func() int { return cap(buf) }
	put('x')
	put('y')
	n := size()
	fmt.Println(string(buf), n, len(buf))

	// A literal whose call's result feeds an append.
	mk := func(k int) int { return k * 3 }
	var out []int
	for i := 0; i < 5; i++ {
		out = append(out, mk(i))
	}
	fmt.Println(out, cap(out))

	// Early return inside the literal.
	find := func(t int) int {
		for i, v := range out {
			if v == t {
				return i
			}
		}
		return -1
	}
	fmt.Println(find(9), find(10))
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

var saved func() int

//go:noinline
func each(n int, f func(int)) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

// Nested literals read the slice: the outer one captures it for the inner.
func nested() {
	var words []string
	for _, w := range strings.Fields("b a d c") {
		words = append(words, w)
	}
	var out []string
	each(2, func(i int) {
		each(len(words), func(j int) {
			if j%2 == i {
				fmt.Print(words[j], " ")
			}
		})
	})
	fmt.Println()
	out = append(out, words...)
	fmt.Println(len(words), cap(words), len(out), cap(out))
}

// The literal outlives the call (kept in a global): what it captures goes to the heap.
func stored() {
	var xs []int
	for i := 0; i < 3; i++ {
		xs = append(xs, i*i)
	}
	saved = func() int { return xs[len(xs)-1] }
	fmt.Println(saved(), cap(xs))
	ys := append(xs, 1)
	ys[0] = 9
	fmt.Println(xs[0], cap(ys))
}

// Sorted by a literal reading the slice, then appended to another slice.
func sortedThenGrown() {
	m := map[string]int{"x": 3, "y": 1, "z": 2}
	keys := make([]string, 0, 2)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] < m[keys[j]] })
	more := append(keys, "w")
	more[0] = "!"
	fmt.Println(keys, cap(keys), more, cap(more))
}

// Captured by value after appends in a loop: the appends still use gc's stack store.
func small() {
	var bs []byte
	for _, r := range "hello" {
		bs = append(bs, byte(r))
	}
	n := 0
	each(len(bs), func(i int) { n += int(bs[i]) })
	fmt.Println(n, len(bs), cap(bs))
}

func main() {
	nested()
	stored()
	sortedThenGrown()
	small()
}

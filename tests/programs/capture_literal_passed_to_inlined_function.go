// A literal passed to a small function gc inlines: the copy's parameter holds it, and gc
// inlines its calls in turn — the literal captures nothing.
package main

import "fmt"

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func run(f func()) { f() }

func main() {
	var evens []int
	each([]int{1, 2, 3, 4, 5, 6}, func(x int) {
		if x%2 == 0 {
			evens = append(evens, x)
		}
	})
	fmt.Println(evens, len(evens), cap(evens))
	var s []byte
	run(func() {
		s = append(s, 'a', 'b')
	})
	fmt.Println(string(s), len(s), cap(s))
	run(func() {
		var t []int
		t = append(t, 1)
		fmt.Println(len(t), cap(t))
	})
}

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, strings.ToUpper(w)) {
				return
			}
		}
	}
}

func main() {
	evens := Filter(Count(0, 1), func(n int) bool { return n%2 == 0 })
	for v := range Take(evens, 5) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Take(Count(10, -3), 6)))
	for i, w := range Enumerate([]string{"alpha", "beta", "gamma"}) {
		if i == 2 {
			break
		}
		fmt.Println(i, w)
	}
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("tick ")
	}
	fmt.Println()
	var n uint8 = 4
	for i := range n {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	next, stop := iter.Pull(Take(Count(100, 100), 3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
}

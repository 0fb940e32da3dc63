package main

import "fmt"

func Dedup[T comparable](xs ...T) []T {
	var out []T
	for i, x := range xs {
		if i > 0 && x == xs[i-1] {
			continue
		}
		out = append(out, x)
	}
	return out
}

type key struct{ a, b int }

func main() {
	a := Dedup(1, 1, 2)
	b := Dedup(key{1, 2}, key{1, 2})
	c := Dedup[any](1, "a", "a")
	fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c))
}

package main

import "fmt"

type rec struct {
	id   int
	name string
}

func Collect[T any](xs ...T) []T {
	var out []T
	for _, x := range xs {
		out = append(out, x)
	}
	return out
}

func main() {
	a := Collect(rec{1, "a"})
	b := Collect(rec{1, "a"}, rec{2, "b"}, rec{3, "c"})
	fmt.Println(len(a), cap(a), len(b), cap(b))
}

package main

import "fmt"

type Ord interface {
	~int | ~float64 | ~string
}

func Bounds[T Ord](xs ...T) []T {
	var s []T
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	s = append(s, lo, hi)
	m := map[T]bool{lo: true}
	clear(m)
	return s
}

func main() {
	a := Bounds(3, 1, 2)
	b := Bounds("b", "a")
	fmt.Println(a, len(a), cap(a), b, len(b), cap(b))
}

package main

import (
	"fmt"
	"sort"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

type Counted[T comparable] struct {
	Val T
	N   int
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := 0; i < n; i++ {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Unzip[A, B any](ps []Pair[A, B]) ([]A, []B) {
	var as []A
	var bs []B
	for _, p := range ps {
		as = append(as, p.First)
		bs = append(bs, p.Second)
	}
	return as, bs
}

func Tally[T comparable](xs []T, less func(a, b T) bool) []Counted[T] {
	m := map[T]*Counted[T]{}
	for _, x := range xs {
		if c, ok := m[x]; ok {
			c.N++
		} else {
			m[x] = &Counted[T]{x, 1}
		}
	}
	out := make([]Counted[T], 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Val, out[j].Val) })
	return out
}

func Describe[T any](x T) string {
	type local struct {
		V T
		S string
	}
	l := local{x, fmt.Sprint(x)}
	return fmt.Sprintf("%+v", l)
}

func main() {
	z := Zip([]int{1, 2, 3}, []string{"a", "b"})
	fmt.Printf("%v %T\n", z, z)
	as, bs := Unzip(z)
	fmt.Println(as, bs)
	t := Tally([]string{"b", "a", "b", "c", "b"}, func(x, y string) bool { return x < y })
	fmt.Printf("%+v\n", t)
	fmt.Printf("%T\n", t)
	zz := Zip(z, []bool{true, false})
	fmt.Printf("%+v\n", zz)
	fmt.Println(Describe(42), Describe("s"))
}

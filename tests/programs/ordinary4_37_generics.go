package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T cmp.Ordered](xs []T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type MyInt int

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

type Stringish interface{ ~string }

func JoinAll[S Stringish](xs []S, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = string(x)
	}
	return strings.Join(parts, sep)
}

type Color string

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[MyInt](4, 5), Sum[int]())
	m, ok := Max([]string{"pear", "apple", "zebra", "mango"})
	fmt.Println(m, ok)
	f, ok := Max([]float64{})
	fmt.Println(f, ok)
	p := Pair[string, int]{"age", 30}
	fmt.Println(p, Pair[int, []string]{1, []string{"x"}})
	fmt.Printf("%v %+v %T\n", p, p, p)
	ks := Keys(map[string]bool{"only": true})
	fmt.Println(ks)
	fmt.Println(JoinAll([]Color{"red", "green", "blue"}, "|"))
	fmt.Println(Index([]Color{"red", "green"}, "green"), Index([]int{1, 2}, 5))
	type pt struct{ x, y int }
	fmt.Println(Index([]pt{{1, 2}, {3, 4}}, pt{3, 4}))
	fmt.Printf("%T %T\n", Sum[MyInt], MyInt(3))
}

package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Celsius float64

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}))
	fmt.Println(Sum([]Celsius{10, 20.5}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("x", i) })
	fmt.Println(strs, len(strs))
	fmt.Printf("%T %v\n", strs, Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(len(Keys(map[string]int{"a": 1, "b": 2})))
	fmt.Println(Max(3, 7), Max("abc", "abd"), Max(2.5, 1))
	fmt.Println(Max[float64](2, 3.5))
	total := Reduce([]string{"a", "bb", "ccc"}, 0, func(n int, s string) int { return n + len(s) })
	fmt.Println(total)
	f := Map[int, int]
	fmt.Printf("%T\n", f)
	fmt.Println(f([]int{1, 2}, func(i int) int { return i * 10 }))
}

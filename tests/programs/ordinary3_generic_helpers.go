package main

import (
	"fmt"
	"strconv"
	"strings"
)

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

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

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

type Celsius float64

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	n := min(len(ks), len(vs))
	out := make([]Pair[K, V], n)
	for i := range n {
		out[i] = Pair[K, V]{ks[i], vs[i]}
	}
	return out
}

func main() {
	nums := []int{3, 8, 1, 12, 7, 6, 15}
	sq := Map(nums, func(x int) int { return x * x })
	fmt.Println(sq, len(sq), cap(sq))
	strs := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(strs, "+"), "=", Sum(nums))
	big := Filter(sq, func(x int) bool { return x > 40 })
	fmt.Println(big, len(big), cap(big))
	none := Filter(nums, func(x int) bool { return x > 100 })
	fmt.Println(none == nil, len(none))
	prod := Reduce(nums, 1, func(a, x int) int { return a * x })
	csv := Reduce(nums, "", func(a string, x int) string {
		if a == "" {
			return strconv.Itoa(x)
		}
		return a + "," + strconv.Itoa(x)
	})
	fmt.Println(prod, csv)
	g := GroupBy(nums, func(x int) bool { return x%2 == 0 })
	fmt.Println(g[true], g[false])
	temps := []Celsius{21.5, 19, 23.25}
	fmt.Println(Sum(temps), Sum([]float64{0.1, 0.2}))
	avg := Sum(temps) / Celsius(len(temps))
	fmt.Printf("%.3f %v %T\n", avg, avg, avg)
	ps := Zip([]string{"a", "b", "c"}, []float64{1.5, 2.5})
	fmt.Printf("%v %+v %d\n", ps, ps[1], len(ps))
	lens := Map(strings.Fields("one three fifteen"), func(s string) Pair[string, int] { return Pair[string, int]{s, len(s)} })
	fmt.Println(lens)
}

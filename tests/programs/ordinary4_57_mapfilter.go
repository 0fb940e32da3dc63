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

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
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

type Product struct {
	Name     string
	Price    float64
	Category string
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	total := Reduce(evens, 0, func(a, n int) int { return a + n })
	fmt.Println(squares, evens, total)
	strs := Map(nums[:4], strconv.Itoa)
	fmt.Printf("%q\n", strs)
	joined := Reduce(strs, "", func(a, s string) string {
		if a == "" {
			return s
		}
		return a + "+" + s
	})
	fmt.Println(joined)
	products := []Product{
		{"laptop", 999.99, "tech"}, {"pen", 1.5, "office"}, {"phone", 599, "tech"},
		{"desk", 250, "office"}, {"mouse", 25.5, "tech"},
	}
	groups := GroupBy(products, func(p Product) string { return p.Category })
	for _, cat := range []string{"office", "tech"} {
		names := Map(groups[cat], func(p Product) string { return p.Name })
		sum := Reduce(groups[cat], 0.0, func(a float64, p Product) float64 { return a + p.Price })
		fmt.Printf("%s: %s total=%.2f\n", cat, strings.Join(names, ","), sum)
	}
	cheap := Filter(products, func(p Product) bool { return p.Price < 100 })
	fmt.Printf("%+v\n", cheap)
	lens := Map([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Println(lens, Filter([]int{}, func(int) bool { return true }) == nil)
	byLen := GroupBy([]string{"go", "rust", "c", "java", "zig", "d"}, func(s string) int { return len(s) })
	fmt.Println(byLen)
}

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	return slices.DeleteFunc(slices.Clone(s), func(e E) bool { return !keep(e) })
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func GroupBy[T any, K comparable](s []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, v := range s {
		k := key(v)
		g[k] = append(g[k], v)
	}
	return g
}

func SortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	return slices.Sorted(maps.Keys(m))
}

func Uniq[S ~[]E, E cmp.Ordered](s S) S {
	c := slices.Clone(s)
	slices.Sort(c)
	return slices.Compact(c)
}

func TopN[T any](s []T, n int, less func(a, b T) int) []T {
	c := slices.Clone(s)
	slices.SortStableFunc(c, less)
	return c[:min(n, len(c))]
}

type Names []string

type Order struct {
	Customer string
	Amount   int
}

func main() {
	words := strings.Fields("go rust go zig c rust go odin")
	fmt.Println(Map(words, strings.ToUpper))
	fmt.Println(Map(words, func(s string) int { return len(s) }))
	long := Filter(Names(words), func(s string) bool { return len(s) > 2 })
	fmt.Printf("%v %T\n", long, long)
	fmt.Println(Reduce(words, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Reduce(words, "", func(a, s string) string { return a + s[:1] }))
	fmt.Println(Uniq(Names(words)))

	g := GroupBy(words, func(s string) int { return len(s) })
	for _, k := range SortedKeys(g) {
		fmt.Println(k, g[k])
	}

	orders := []Order{{"ann", 30}, {"bob", 75}, {"ann", 20}, {"cy", 75}, {"bob", 5}}
	totals := Reduce(orders, map[string]int{}, func(m map[string]int, o Order) map[string]int {
		m[o.Customer] += o.Amount
		return m
	})
	for _, c := range SortedKeys(totals) {
		fmt.Print(c, "=", totals[c], " ")
	}
	fmt.Println()
	top := TopN(orders, 3, func(a, b Order) int { return cmp.Compare(b.Amount, a.Amount) })
	fmt.Println(top)
	byCust := GroupBy(orders, func(o Order) string { return o.Customer })
	fmt.Println(len(byCust), len(byCust["ann"]), SortedKeys(byCust))
}

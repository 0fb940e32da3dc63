package main

import (
	"fmt"
	"sort"
	"strings"
)

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func Frequencies[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Zip[K comparable, V any](ks []K, vs []V) map[K]V {
	m := make(map[K]V, len(ks))
	for i, k := range ks {
		m[k] = vs[i]
	}
	return m
}

func SortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	g := GroupBy(words, func(s string) string { return s[:1] })
	for _, k := range SortedKeys(g) {
		fmt.Println(k, strings.Join(g[k], ","))
	}
	byLen := GroupBy([]int{1, 22, 333, 4, 55}, func(n int) int { return len(fmt.Sprint(n)) })
	fmt.Println(byLen[1], byLen[2], byLen[3], len(byLen))
	f := Frequencies(strings.Split("a b a c b a", " "))
	for _, k := range SortedKeys(f) {
		fmt.Printf("%s=%d ", k, f[k])
	}
	fmt.Println()
	z := Zip([]string{"one", "two"}, []float64{1, 2})
	fmt.Println(z["one"]+z["two"], len(z))
	fmt.Println(fmt.Sprint(Zip([]int{3, 1, 2}, []bool{true, false, true})))
	fmt.Printf("%T\n", g)
}

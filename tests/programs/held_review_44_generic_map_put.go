package main

import "fmt"

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func Put[K comparable, V any](m map[K]V, k K, v V) { m[k] = v }

func main() {
	m := map[string][]int{}
	Put(m, "a", build(3))
	fmt.Println(len(m["a"]), cap(m["a"]))
}

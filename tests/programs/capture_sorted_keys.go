package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3, "d": 4, "e": 5}
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	fmt.Println(ks, len(ks), cap(ks))
	ks = append(ks, "f")
	fmt.Println(ks, len(ks), cap(ks))
	vals := make([]int, 0, len(ks))
	for _, k := range ks {
		vals = append(vals, m[k])
	}
	sort.Slice(vals, func(i, j int) bool { return vals[i] > vals[j] })
	fmt.Println(vals, cap(vals))
}

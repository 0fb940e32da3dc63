package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"go", "rust", "c", "zig", "java", "d", "ocaml", "lua"}
	byLen := map[int][]string{}
	for _, w := range words {
		v := byLen[len(w)]
		v = append(v, w)
		byLen[len(w)] = v
	}
	var ks []int
	for k := range byLen {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	for _, k := range ks {
		fmt.Println(k, byLen[k], cap(byLen[k]))
	}
}

package main

import (
	"fmt"
	"sort"
)

type Group struct {
	words []string
}

func main() {
	m := map[int]Group{}
	for _, w := range []string{"a", "bb", "cc", "d", "eee", "ff", "g"} {
		g := m[len(w)]
		g.words = append(g.words, w)
		m[len(w)] = g
	}
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, m[k].words, cap(m[k].words))
	}
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog and runs far away"
	groups := map[int][]string{}
	for _, w := range strings.Fields(text) {
		groups[len(w)] = append(groups[len(w)], w)
	}
	lens := []int{}
	for l := range groups {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		g := groups[l]
		fmt.Println(l, len(g), cap(g), g)
	}
}

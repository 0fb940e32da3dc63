package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Index map[string][]int

func (ix Index) Add(word string, line int) {
	lines := ix[word]
	if len(lines) > 0 && lines[len(lines)-1] == line {
		return
	}
	ix[word] = append(lines, line)
}

func main() {
	text := `the quick brown fox
jumps over the lazy dog
the dog sleeps
a fox runs over the hill`
	ix := Index{}
	for n, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			ix.Add(w, n+1)
		}
	}
	keys := slices.Sorted(maps.Keys(ix))
	for _, k := range keys {
		fmt.Printf("%-7s %v len=%d cap=%d\n", k, ix[k], len(ix[k]), cap(ix[k]))
	}
	byLen := map[int][]string{}
	for _, k := range keys {
		byLen[len(k)] = append(byLen[len(k)], k)
	}
	for _, l := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Println(l, byLen[l])
	}
	delete(ix, "the")
	_, ok := ix["the"]
	fmt.Println("the present:", ok, "missing slice:", ix["the"] == nil, len(ix))
	groups := map[bool][]int{}
	for i := 1; i <= 10; i++ {
		groups[i%3 == 0] = append(groups[i%3 == 0], i)
	}
	fmt.Println(groups[true], groups[false], len(groups))
	cp := maps.Clone(byLen)
	cp[3] = append(cp[3], "zzz")
	fmt.Println(byLen[3], cp[3])
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Table [][]float64

type Index struct {
	byWord map[string][]int
}

func (ix *Index) Add(w string, line int) {
	ix.byWord[w] = append(ix.byWord[w], line)
}

func grid(n int) Table {
	t := make(Table, n)
	for i := range t {
		t[i] = make([]float64, n, n+2)
	}
	return t
}

func main() {
	t := grid(3)
	for _, row := range t {
		fmt.Println(len(row), cap(row))
	}
	t[1] = append(t[1], 1, 2, 3)
	fmt.Println(len(t[1]), cap(t[1]))
	r := t[2][1:]
	fmt.Println(len(r), cap(r))

	ix := &Index{byWord: map[string][]int{}}
	for i, line := range []string{"a b", "b c", "a c a", "d"} {
		for _, w := range strings.Fields(line) {
			ix.Add(w, i)
		}
	}
	keys := make([]string, 0, len(ix.byWord))
	for k := range ix.byWord {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ix.byWord[k], len(ix.byWord[k]), cap(ix.byWord[k]))
	}

	groups := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast", "x"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(cap(groups[2]), cap(groups[3]), cap(groups[4]), cap(groups[9]))

	var rows [][]byte
	for _, s := range []string{"alpha", "be", "gamma ray"} {
		rows = append(rows, []byte(s))
	}
	for _, r := range rows {
		fmt.Println(string(r), len(r), cap(r))
	}

	sort.Slice(t, func(i, j int) bool { return len(t[i]) < len(t[j]) })
	fmt.Println(cap(t[0]), cap(t[2]))
}

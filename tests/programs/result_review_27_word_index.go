package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the cat sat on the mat the end cat"
	ix := map[string][]int{}
	for n, w := range strings.Fields(text) {
		lines := ix[w]
		ix[w] = append(lines, n)
	}
	keys := make([]string, 0, len(ix))
	for k := range ix {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ix[k], len(ix[k]), cap(ix[k]))
	}
}

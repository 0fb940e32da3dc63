package main

import (
	"fmt"
	"sort"
	"strings"
)

func key(w string) string {
	r := []rune(strings.ToLower(w))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func isAnagram(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var counts [256]int
	for i := 0; i < len(a); i++ {
		counts[a[i]]++
		counts[b[i]]--
	}
	for _, c := range counts {
		if c != 0 {
			return false
		}
	}
	return true
}

func main() {
	words := []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "inlets", "banana", "Tinsel"}
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(groups[keys[i]]) != len(groups[keys[j]]) {
			return len(groups[keys[i]]) > len(groups[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		g := groups[k]
		sort.Strings(g)
		fmt.Printf("%-8s %d %v\n", k, len(g), g)
	}
	pairs := [][2]string{{"abc", "cba"}, {"abc", "abd"}, {"", ""}, {"aab", "abb"}}
	for _, p := range pairs {
		fmt.Println(p, isAnagram(p[0], p[1]))
	}
	fmt.Printf("%v\n%q\n", groups["act"], groups["eilnst"])
}

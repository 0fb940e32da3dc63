package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

const corpus = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness`

func normalize(w string) string {
	return strings.ToLower(strings.Trim(w, ".,;:!?\"'"))
}

func main() {
	counts := make(map[string]int)
	for _, w := range strings.Fields(corpus) {
		if n := normalize(w); n != "" {
			counts[n]++
		}
	}
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Println(len(keys), "distinct words")
	fmt.Println(keys)
	byCount := slices.Clone(keys)
	slices.SortStableFunc(byCount, func(a, b string) int {
		return counts[b] - counts[a]
	})
	for i, k := range byCount {
		if i >= 8 {
			break
		}
		fmt.Printf("%-10s %3d\n", k, counts[k])
	}
	byLen := map[int][]string{}
	for _, k := range keys {
		byLen[len(k)] = append(byLen[len(k)], k)
	}
	for _, l := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Printf("len %d: %v\n", l, byLen[l])
	}
	delete(counts, "it")
	delete(counts, "nonexistent")
	n, ok := counts["it"]
	fmt.Println(n, ok, len(counts))
	fmt.Println(counts["was"], counts["of"])
	fmt.Println(map[string]int{"z": 1, "a": 2, "m": 3})
	fmt.Printf("%v\n", map[int]bool{3: true, 1: false, 2: true})
}

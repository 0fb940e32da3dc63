package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs. A quick brown dog? No -- a lazy fox, a quick cat, and the end.
Over and over, the fox and the dog play.`

type entry struct {
	word  string
	count int
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
}

func main() {
	words := tokenize(text)
	fmt.Println("total words:", len(words))

	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	fmt.Println("distinct words:", len(freq))

	entries := make([]entry, 0, len(freq))
	for w, c := range freq {
		entries = append(entries, entry{w, c})
	}
	slices.SortFunc(entries, func(a, b entry) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.word, b.word)
	})

	fmt.Println("top 8:")
	for i, e := range entries[:8] {
		fmt.Printf("%2d. %-6s %d %s\n", i+1, e.word, e.count, strings.Repeat("*", e.count))
	}

	// words that appear exactly once, alphabetically
	var once []string
	for _, w := range slices.Sorted(maps.Keys(freq)) {
		if freq[w] == 1 {
			once = append(once, w)
		}
	}
	fmt.Println("hapax:", strings.Join(once, ","))

	// group by length
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for _, n := range slices.Sorted(maps.Keys(byLen)) {
		ws := byLen[n]
		slices.Sort(ws)
		fmt.Printf("len %d: %v\n", n, ws)
	}

	longest := slices.MaxFunc(entries, func(a, b entry) int {
		return cmp.Or(cmp.Compare(len(a.word), len(b.word)), cmp.Compare(b.word, a.word))
	})
	fmt.Println("longest word:", longest.word, longest.count)
	idx := slices.IndexFunc(entries, func(e entry) bool { return e.word == "cat" })
	fmt.Println("rank of cat:", idx+1)
}

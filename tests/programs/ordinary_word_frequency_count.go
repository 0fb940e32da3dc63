// Word frequency count
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief, it
was the epoch of incredulity, it was the season of Light, it was the season
of Darkness`

func main() {
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ".,;:!?"))
		counts[w]++
	}

	type kv struct {
		Word  string
		Count int
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	for _, e := range list {
		fmt.Printf("%-12s %d\n", e.Word, e.Count)
	}
	fmt.Println("distinct words:", len(counts))
}

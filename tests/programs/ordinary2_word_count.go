package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away! A quick end, a lazy afternoon, and the fox is gone.`

type wc struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println("total words:", len(words), "unique:", len(counts))
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for i, e := range list {
		if i >= 8 {
			break
		}
		fmt.Printf("%-10s %3d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	byLen := map[int][]string{}
	for w := range counts {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0, len(byLen))
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, ws)
	}
	if c, ok := counts["fox"]; ok {
		fmt.Println("fox appears", c, "times")
	}
	if _, ok := counts["cat"]; !ok {
		fmt.Println("no cat")
	}
	delete(counts, "the")
	fmt.Println(len(counts), counts["the"])
}

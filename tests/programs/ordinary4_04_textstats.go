package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
Is it quick? Yes, it is quite quick.`

func main() {
	lines := strings.Split(text, "\n")
	fmt.Println("lines:", len(lines))
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	fmt.Println("words:", len(words))
	letters, upper, punct, spaces := 0, 0, 0, 0
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsPunct(r):
			punct++
		case unicode.IsSpace(r):
			spaces++
		}
	}
	fmt.Printf("letters=%d upper=%d punct=%d spaces=%d\n", letters, upper, punct, spaces)
	freq := map[string]int{}
	longest := ""
	for _, w := range words {
		lw := strings.ToLower(w)
		freq[lw]++
		if len(lw) > len(longest) {
			longest = lw
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs[:6] {
		fmt.Printf("%-6s %d %s\n", e.k, e.v, strings.Repeat("*", e.v))
	}
	fmt.Println("longest:", longest)
	fmt.Printf("avg word len: %.3f\n", float64(letters)/float64(len(words)))
	for i, l := range lines {
		fmt.Printf("%d: %q (%d)\n", i, strings.TrimSpace(l), len(strings.Fields(l)))
	}
	fmt.Println(strings.ToUpper("not used"), strings.Count(text, "qu"), strings.Index(text, "fox"), strings.LastIndex(text, "fox"))
}
